// JSON that stays inert inside an HTML <script> element. docs/exports.md tells publishers to paste the ClaimReview
// export into <script type="application/ld+json">; the HTML parser ends that element at the first `</script`,
// whatever the JSON means, so a speaker or title holding `</script><script>…` would run. `<`, `>` and `&` are
// written as \u003c, \u003e, \u0026 (no tag, comment or entity can start), and U+2028/U+2029 as \u2028/\u2029
// (line terminators to pre-ES2019 JavaScript). JSON text has these characters only inside strings, where the
// escape means the same character: JSON.parse returns exactly the value given.

const UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON.stringify(value, null, 2) plus a final newline, with `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function scriptSafeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
