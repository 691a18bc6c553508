import "server-only";
import { clockNow } from "@/lib/test-clock-setting";

// The app's one clock: every server read of "now" (and through it "today", the night rule) goes
// here, so the test suite can run the whole app as if it were 02:30 in Montreal (README: tests
// at any hour). In a real centre it is the machine's time: the fake one needs two variables only
// the test harness sets, and a wrong value stops the app rather than shifting its dates.
// Durations (timeouts, elapsed milliseconds) keep using Date.now(): they do not need the hour.
export function now(): Date {
  return clockNow();
}
