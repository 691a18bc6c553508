// Stands in for the "server-only" package under Vitest, which is a server context already.
export {};
