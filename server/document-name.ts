// Document names are article ids (UUIDs in practice). They are checked
// before anything is looked up or loaded, so a name can never reach a file
// path, a Redis channel or a log line as anything but a plain token.
const NAME = /^[A-Za-z0-9_-]{1,100}$/;

/** Why `name` cannot name a document, or null when it can. */
export function documentNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'is empty';
  if (name.length > 100) return `is ${name.length} characters long (at most 100)`;
  if (!NAME.test(name)) return 'may hold only letters, digits, "-" and "_"';
  return null;
}
