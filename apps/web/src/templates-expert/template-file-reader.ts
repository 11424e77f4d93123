import { jsonSyntaxErrorPosition, type TextPosition } from '@nguon/domain';

/**
 * A chosen file's text as JSON, or where it stops being JSON (line and column, for the expert's editor; the
 * browser's own reason is English and differs between browsers). The server words every other fault.
 */
export async function readTemplateFile(file: Blob): Promise<{ json: unknown } | { notJsonAt: TextPosition }> {
  const text = await file.text();
  try {
    const json: unknown = JSON.parse(text);
    return { json };
  } catch {
    return { notJsonAt: jsonSyntaxErrorPosition(text) ?? { line: 1, column: 1 } };
  }
}
