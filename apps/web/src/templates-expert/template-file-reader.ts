/** A chosen file's text as JSON, or null when it is not JSON (the server words every other fault). */
export async function readTemplateFile(file: Blob): Promise<{ json: unknown } | null> {
  const text = await file.text();
  try {
    const json: unknown = JSON.parse(text);
    return { json };
  } catch {
    return null;
  }
}
