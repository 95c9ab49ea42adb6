// Kios Layanan Adminduk: idle timeout, the form after a send, scrolling (no inline script).
"use strict";
(function () {
  var body = document.body;
  var idle = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);
  var back = parseInt(body.getAttribute("data-kembali-seconds") || "0", 10);
  if (back > 0) {
    window.setTimeout(function () { window.location.assign("/kiosk/"); }, back * 1000);
  }
  if (idle > 0) {
    var timer = null;
    var reset = function () {
      if (timer) { window.clearTimeout(timer); }
      timer = window.setTimeout(function () {
        var done = document.getElementById("selesai");
        if (done) { done.requestSubmit(); }
      }, idle * 1000);
    };
    ["click", "keydown", "input", "touchstart"].forEach(function (name) {
      document.addEventListener(name, reset, { passive: true });
    });
    reset();
  }
  var scroll = function () {
    var box = document.getElementById("percakapan");
    if (box) { box.scrollTop = box.scrollHeight; }
  };
  document.addEventListener("kiosk-terkirim", function (event) {
    var form = document.getElementById("ketik");
    if (!form) { return; }
    form.querySelector("[name=teks]").value = "";
    form.querySelector("[name=urutan]").value = String(event.detail.urutan);
    form.querySelector("[name=teks]").focus();
  });
  document.addEventListener("htmx:afterSwap", scroll);
  scroll();
})();
