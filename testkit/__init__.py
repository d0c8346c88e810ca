"""What the tests and the benchmarks share; a development package, not shipped in the wheel.

- `testkit.fakeapi`: the tests' Bot API, with recorded calls, injected faults, rate limits and
  statistics, on `testkit.fullapi` (the bundled server, `bot.localapi`, with every method and
  rule the tests reach: `testkit.rules`) and `testkit.chats` (people, groups, transcripts);
- `testkit.person`: scripted people who type, tap and read their chat;
- `testkit.clock`: the one test clock;
- `testkit.app`: starting and stopping an application as `smallsteps run` does.
"""
