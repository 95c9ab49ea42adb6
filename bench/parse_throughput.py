"""Parse throughput on a 10,000-line mixed corpus (valid, repairable, wrong), one process.

Prints lines/s for the whole corpus and for each third of it. Run: `make bench`.
"""

from __future__ import annotations

import random
import time
from datetime import date

from bot.intake.parser import parse
from bot.reference.gazetteer import default_gazetteer
from devtools.synthetic import random_kk, random_nik

LINES = 10_000


def corpus(rng: random.Random) -> dict[str, list[str]]:
    gazetteer = default_gazetteer()
    desa = [d for k in gazetteer.kecamatan.values() for d in gazetteer.desa_in(k)]
    valid, repairable, wrong = [], [], []
    for _ in range(LINES // 3 + 1):
        d = rng.choice(desa)
        nik, kk = random_nik(rng), random_kk(rng)
        valid.append(f"#KTP#{nik}#{kk}#SITI AMINAH#{d.name}#{d.kecamatan.name}#HILANG#")
        spaced = " ".join(nik[i : i + 4] for i in range(0, 16, 4))
        repairable.append(
            f"ektp # {spaced} ## {kk} # siti aminah # ds. {d.name.lower()} "
            f"# kec {d.kecamatan.name.lower()} # ilang"
        )
        wrong.append(
            rng.choice(
                [
                    f"#KTP#{nik[:-1]}#{kk}#SITI 2#{d.name}#CIKUPA#HILANG RUSAK#",
                    f"#KK#{kk}#{d.name}x#{d.kecamatan.name}",
                    f"#KIA#{nik}#BUDI#{d.name[:-1]}q#{d.kecamatan.name}",
                    "ktp saya hilang gmn",
                ]
            )
        )
    return {"valid": valid, "repairable": repairable, "wrong": wrong}


def rate(lines: list[str], today: date) -> float:
    start = time.perf_counter()
    for line in lines:
        parse(line, today=today)
    return len(lines) / (time.perf_counter() - start)


def main() -> None:
    rng = random.Random(20261201)
    parts = corpus(rng)
    today = date(2026, 12, 1)
    default_gazetteer()  # load once, outside the timing
    mixed = [line for trio in zip(*parts.values(), strict=True) for line in trio][:LINES]
    rng.shuffle(mixed)
    print(f"mixed corpus: {len(mixed)} lines, {rate(mixed, today):,.0f} lines/s")
    for name, lines in parts.items():
        print(f"  {name:<10} {rate(lines, today):,.0f} lines/s")


if __name__ == "__main__":
    main()
