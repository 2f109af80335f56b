// A server test builds an app (migrations included) and makes several requests: well under a
// second on a quiet 2-core machine, but some passed Jest's 5 s default when the machine was
// loaded (a full test run beside other builds). A file that needs longer still sets its own.
jest.setTimeout(20_000)
