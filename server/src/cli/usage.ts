// Shared CLI plumbing: usage errors exit with code 2.

/** A mistake in the command line or config: reported on stderr, exit code 2. */
export class UsageError extends Error {}
