/** A chosen file's text as JSON, or null when it is not JSON (the server words every other fault). */
export async function readTemplateFile(file: Blob): Promise<{ json: unknown } | null> {
  try {
    const json: unknown = JSON.parse(await file.text());
    return { json };
  } catch {
    return null;
  }
}
