import { describe, expect, it } from 'vitest';
import { fakeTemplateDraft } from './draft-fixtures';
import { problemPlaceWords, wordedProblem } from './problem-place-words';

// the tea template's draft: stages Đóng gói (0), Chọn đồi chè (1), Chăm sóc with the job Bón phân (2);
// catalog 0 Hộ trồng chè
const draft = fakeTemplateDraft();

describe('problemPlaceWords', () => {
  it.each([
    ['/summary/en', 'Thông tin › Tóm tắt › tiếng Anh', 'Details › Summary › English'],
    ['/file/name/vi', 'Thông tin › Tên mẫu › tiếng Việt', 'Details › Template name › Vietnamese'],
    ['/details/guide/en', 'Thông tin › Hướng dẫn › tiếng Anh', 'Details › Guide › English'],
    ['/keywords/1', 'Thông tin › Từ khoá', 'Details › Keywords'],
    ['/process/name/en', 'Thông tin › Tên quy trình › tiếng Anh', 'Details › Process name › English'],
    ['/processName/vi', 'Thông tin › Tên quy trình › tiếng Việt', 'Details › Process name › Vietnamese'],
    [
      '/process/definition/stages/1/form/schema/properties/dien_tich',
      'Quy trình › công đoạn Chọn đồi chè › trường Diện tích',
      'Process › stage Choose the tea hill › field Area',
    ],
    [
      '/process/definition/stages/1/form/schema/properties/ho/x-catalog',
      'Quy trình › công đoạn Chọn đồi chè › trường Hộ trồng',
      'Process › stage Choose the tea hill › field Grower',
    ],
    [
      '/process/definition/stages/2/jobs/0/form/schema/properties/luong',
      'Quy trình › công đoạn Chăm sóc › việc Bón phân › trường Lượng bón',
      'Process › stage Care › job Fertilising › field Amount',
    ],
    [
      '/process/definition/stages/0/form/uiSchema',
      'Quy trình › công đoạn Đóng gói › biểu mẫu',
      'Process › stage Pack › form',
    ],
    ['/process/definition/stages/0/name/en', 'Quy trình › công đoạn Đóng gói', 'Process › stage Pack'],
    ['/process/definition/stages/9/form', 'Quy trình', 'Process'],
    ['/process/definition/edges/1', 'Quy trình › mũi tên nối công đoạn', 'Process › links between stages'],
    ['/catalogs/0/form/schema', 'Danh mục › Hộ trồng chè › biểu mẫu', 'Catalogs › Tea growers › form'],
    [
      '/catalogs/0/form/schema/properties/ten',
      'Danh mục › Hộ trồng chè › trường Họ tên',
      'Catalogs › Tea growers › field Name',
    ],
    [
      '/catalogs/0/samples/1/ten',
      'Danh mục › Hộ trồng chè › mục mẫu 2 › Họ tên',
      'Catalogs › Tea growers › sample item 2 › Name',
    ],
    [
      '/catalogs/0/name/en',
      'Danh mục › Hộ trồng chè › tên › tiếng Anh',
      'Catalogs › Tea growers › name › English',
    ],
    ['/catalogs/4', 'Danh mục', 'Catalogs'],
    [
      '/stageNotes/cham_soc/vi',
      'Thông tin › Ghi chú công đoạn Chăm sóc › tiếng Việt',
      'Details › Note on stage Care › Vietnamese',
    ],
    [
      '/stageNotes/gone/en',
      'Thông tin › Ghi chú công đoạn gone › tiếng Anh',
      'Details › Note on stage gone › English',
    ],
    ['/sampleProduct/sku', 'Thông tin › Sản phẩm mẫu › SKU', 'Details › Sample product › SKU'],
    [
      '/sampleProduct/name/en',
      'Thông tin › Sản phẩm mẫu › Tên › tiếng Anh',
      'Details › Sample product › Name › English',
    ],
    [
      '/sampleProduct/netQuantity/value',
      'Thông tin › Sản phẩm mẫu › Khối lượng tịnh',
      'Details › Sample product › Net quantity',
    ],
    ['/changeNote/vi', 'Ghi chú phiên bản › tiếng Việt', 'Version note › Vietnamese'],
    ['/file/changeNote', 'Ghi chú phiên bản', 'Version note'],
    ['', null, null],
    ['/key', null, null],
    ['/file/key', null, null],
    ['/somethingElse/0', null, null],
  ])('%s is %s', (path, vi, en) => {
    expect(problemPlaceWords(path, draft, 'vi')).toBe(vi);
    expect(problemPlaceWords(path, draft, 'en')).toBe(en);
  });
});

describe('wordedProblem', () => {
  it('replaces a pointer the message embeds with its words, in either language', () => {
    const vi = wordedProblem(
      {
        message: 'Tệp mẫu quy trình không hợp lệ tại /summary/en: không được để trống.',
        path: '/summary/en',
      },
      draft,
      'vi',
    );
    expect(vi).toEqual({
      message: 'Tệp mẫu quy trình không hợp lệ tại Thông tin › Tóm tắt › tiếng Anh: không được để trống.',
      parts: [
        { text: 'Tệp mẫu quy trình không hợp lệ tại ', place: false },
        { text: 'Thông tin › Tóm tắt › tiếng Anh', place: true },
        { text: ': không được để trống.', place: false },
      ],
      place: 'Thông tin › Tóm tắt › tiếng Anh',
      placed: true,
    });
    const path = '/file/process/definition/stages/1/form/schema/properties/ho';
    const en = wordedProblem(
      { message: `The field at ${path} picks from catalog "giong", but the template has none.`, path },
      draft,
      'en',
    );
    expect(en.message).toBe(
      'The field at Process › stage Choose the tea hill › field Grower picks from catalog "giong", but the template has none.',
    );
  });

  it('leaves a message naming no pointer as it is, and says so', () => {
    const worded = wordedProblem(
      { message: 'Sample item 2 of catalog ho_trong is wrong.', path: '/catalogs/0/samples/1' },
      draft,
      'en',
    );
    expect(worded).toEqual({
      message: 'Sample item 2 of catalog ho_trong is wrong.',
      parts: [{ text: 'Sample item 2 of catalog ho_trong is wrong.', place: false }],
      place: 'Catalogs › Tea growers › sample item 2',
      placed: false,
    });
  });

  it('names no place for a refusal without one (a conflict) or at the key, so the caller says no "Where"', () => {
    const conflict = { message: 'Minh đã sửa bản nháp mẫu này lúc 08:10.', path: '' };
    expect(wordedProblem(conflict, draft, 'vi')).toMatchObject({ place: null, placed: false });
    const key = { message: 'The key is taken.', path: '/key' };
    expect(wordedProblem(key, draft, 'en')).toMatchObject({ message: 'The key is taken.', place: null });
  });

  it('does not take a path inside a word or a web address for a pointer', () => {
    const message = 'See https://nguon.example.vn/summary/en and and/or a name/summary.';
    expect(wordedProblem({ message, path: '' }, draft, 'en').message).toBe(message);
  });
});
