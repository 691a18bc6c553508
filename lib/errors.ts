import "server-only";
// Expected failures carry a message key (messages/*.json, under "errors" or "validation");
// the action wrapper translates them. Anything else is unexpected and shown generically.
export class DomainError extends Error {
  constructor(
    readonly messageKey: string,
    readonly fieldErrors: Record<string, string> = {},
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export class AccessDeniedError extends Error {
  constructor(readonly permission: string) {
    super(`access denied: ${permission}`);
    this.name = "AccessDeniedError";
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super("errors.notFound");
    this.name = "NotFoundError";
  }
}
