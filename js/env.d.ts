/**
 * Ambient declarations for the page bundle.
 *
 * Why it exists: esbuild loads `.css` imports as text strings (the build's `text` loader); TypeScript
 * needs to be told so.
 */
declare module "*.css" {
  const text: string;
  export default text;
}
