"""Active handle time: short gaps between inputs count, idle gaps and pauses do not."""

from __future__ import annotations

from deskclient.domain.handle_time import DEFAULT_IDLE_THRESHOLD_MS, ActiveTimeTracker


def test_first_input_counts_nothing() -> None:
    tracker = ActiveTimeTracker()
    tracker.activity(5_000)
    assert tracker.active_ms == 0


def test_short_gaps_are_summed() -> None:
    tracker = ActiveTimeTracker()
    for at in (0, 1_000, 3_500, 4_000):
        tracker.activity(at)
    assert tracker.active_ms == 4_000


def test_idle_gap_is_not_counted_but_work_after_it_is() -> None:
    tracker = ActiveTimeTracker(idle_threshold_ms=60_000)
    tracker.activity(0)
    tracker.activity(10_000)  # 10 s of work
    tracker.activity(10_000 + 45 * 60_000)  # back from lunch: not counted
    tracker.activity(10_000 + 45 * 60_000 + 2_000)  # 2 s of work
    assert tracker.active_ms == 12_000


def test_gap_equal_to_threshold_counts_one_more_does_not() -> None:
    tracker = ActiveTimeTracker(idle_threshold_ms=1_000)
    tracker.activity(0)
    tracker.activity(1_000)
    assert tracker.active_ms == 1_000
    tracker.activity(2_001)
    assert tracker.active_ms == 1_000


def test_pause_forgets_the_last_input() -> None:
    tracker = ActiveTimeTracker()
    tracker.activity(0)
    tracker.activity(500)
    tracker.pause()
    tracker.activity(1_000)  # within the threshold, but after a pause: not counted
    tracker.activity(1_300)
    assert tracker.active_ms == 800


def test_clock_going_backwards_counts_nothing() -> None:
    tracker = ActiveTimeTracker()
    tracker.activity(10_000)
    tracker.activity(9_000)
    tracker.activity(9_000)
    assert tracker.active_ms == 0
    tracker.activity(9_400)  # measured from the latest input
    assert tracker.active_ms == 400


def test_resumes_from_saved_total() -> None:
    tracker = ActiveTimeTracker(active_ms=42_000)
    tracker.activity(0)
    tracker.activity(1_000)
    assert tracker.active_ms == 43_000
    assert DEFAULT_IDLE_THRESHOLD_MS == 60_000
