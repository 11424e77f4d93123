import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeTemplateFault } from '@nguon/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRepoTemplate } from '../testing';
import { readTemplateFolder } from './template-folder';

describe('readTemplateFolder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nguon-templates-'));
    const tea = JSON.stringify(await readRepoTemplate());
    const folder = async (name: string, text: string | null) => {
      await mkdir(join(dir, name));
      if (text !== null) await writeFile(join(dir, name, 'template.json'), text);
    };
    await folder('che-shan-tuyet', tea);
    await folder('hong-khong-hat', '{\n  "format": "nguon.template",\n  "key" "hong-khong-hat"\n}');
    await folder('ten-khac', tea);
    await folder('thu-muc-trong', null);
    await writeFile(join(dir, 'README.md'), 'not a folder');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the good files and reports each broken one by name, path and fault', async () => {
    const { templates, broken } = await readTemplateFolder(dir);
    expect(templates.map((t) => [t.name, t.file.key])).toEqual([['che-shan-tuyet', 'che-shan-tuyet']]);
    expect(broken.map((b) => [b.name, b.path])).toEqual([
      ['hong-khong-hat', join(dir, 'hong-khong-hat', 'template.json')],
      ['ten-khac', join(dir, 'ten-khac', 'template.json')],
      ['thu-muc-trong', join(dir, 'thu-muc-trong', 'template.json')],
    ]);
    const [notJson, wrongKey, missing] = broken.map((b) => b.fault);
    expect(notJson).toMatchObject({
      code: 'TEMPLATE_FILE_INVALID',
      path: undefined,
      params: { path: '/', detail: { key: 'templateCheck.notJson', values: { line: 3, column: 9 } } },
    });
    expect(wrongKey).toMatchObject({
      code: 'TEMPLATE_FILE_INVALID',
      path: '/key',
      params: {
        detail: { key: 'templateCheck.keyNotFolder', values: { key: 'che-shan-tuyet', folder: 'ten-khac' } },
      },
    });
    expect(missing).toMatchObject({ reason: expect.stringContaining('ENOENT') });
  });

  it("says where a file stops being JSON by line and column in each language, not in the parser's words", async () => {
    const [notJson] = (await readTemplateFolder(dir)).broken;
    if (!notJson) throw new Error('the broken file was not reported');
    const said = (lang: 'vi' | 'en') =>
      describeTemplateFault(notJson.name, notJson.path, notJson.fault, lang);
    expect(said('vi')).toBe(
      `hong-khong-hat (${notJson.path}): TEMPLATE_FILE_INVALID Tệp mẫu quy trình không hợp lệ tại /: ` +
        'không phải JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 9',
    );
    expect(said('en')).toBe(
      `hong-khong-hat (${notJson.path}): TEMPLATE_FILE_INVALID The template file is invalid at /: ` +
        'not valid JSON: a syntax error at line 3, column 9',
    );
  });

  it('finds no template in a folder that does not exist', async () => {
    expect(await readTemplateFolder(join(dir, 'khong-co'))).toEqual({ templates: [], broken: [] });
  });
});
