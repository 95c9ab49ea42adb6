"""Chat channels that carry residents and officers to the assistant and the queue."""
