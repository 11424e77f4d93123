import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-catalogue';
import { type ParamSources, type WordSource, wordParams, wordsOf } from './field-errors';
import { lotDetailMessages } from './lots/lot-details.messages';
import { catalogueProblems } from './messages/catalogue-check';
import { processDetailMessages } from './processes/process-details.messages';

const message = (key: Extract<WordSource, { kind: 'message' }>['key'], values?: ParamSources): WordSource =>
  values ? { kind: 'message', key, values } : { kind: 'message', key };

// Each phrase services wrote as a `{ vi, en }` literal before it became a catalogue entry, with the exact
// words it had then: the API's answers must not change by a byte.
const phrases: [WordSource, string, string][] = [
  [message('lots.detail.invalidData'), 'dữ liệu sai', 'invalid data'],
  [
    message('lots.detail.missingCatalogItem'),
    'mục danh mục này không có (hoặc đã bị xoá)',
    'this catalog item does not exist',
  ],
  [message('lots.detail.missingFile'), 'tệp này không có trong tài khoản', 'this file is not in the account'],
  [message('lots.detail.notImage'), 'tệp này không phải ảnh', 'this file is not an image'],
  [message('lots.detail.before2000'), 'trước năm 2000', 'before the year 2000'],
  [message('lots.detail.closed.completed'), 'hoàn thành', 'completed'],
  [message('lots.detail.closed.recalled'), 'bị triệu hồi', 'recalled'],
  [message('lots.detail.closed.usedUp'), 'được dùng hết', 'used up'],
  [
    message('lots.detail.waitingFor', { stages: { vi: 'Gieo, Bón phân', en: 'Sowing, Bón phân' } }),
    'còn chờ công đoạn Gieo, Bón phân',
    'it still waits for Sowing, Bón phân',
  ],
  [
    message('lots.detail.recordedAlready'),
    'công đoạn này đã ghi và không lặp lại',
    'it is recorded already and does not repeat',
  ],
  [message('lots.detail.productArchived'), 'sản phẩm đã lưu trữ', 'the product is archived'],
  [
    message('lots.detail.otherProcess'),
    'sản phẩm này theo quy trình khác',
    'this product follows another process',
  ],
  [
    message('lots.detail.pattern.no_seq'),
    'cần có {seq} để mỗi lô một mã',
    'it needs {seq} so that every lot gets its own code',
  ],
  [
    message('lots.detail.pattern.unknown_token'),
    'chỉ dùng được {seq} {yyyy} {yy} {mm} {dd}',
    'only {seq} {yyyy} {yy} {mm} {dd} may be used',
  ],
  [
    message('lots.detail.pattern.bad_character'),
    'mã lô chỉ gồm chữ không dấu, số và . - _',
    'lot codes hold only unaccented letters, digits and . - _',
  ],
  [
    message('lots.detail.pattern.too_long'),
    'mã lô tạo ra dài quá 20 ký tự',
    'the codes it makes are longer than 20 characters',
  ],
  [message('catalogs.detail.invalidData'), 'dữ liệu sai', 'invalid data'],
  [message('catalogs.detail.quoteNotClosed'), 'dấu ngoặc kép chưa được đóng', 'a quote is never closed'],
  [
    message('catalogs.detail.charAfterQuote'),
    'có ký tự ngay sau dấu ngoặc kép đóng',
    'a character follows a closing quote',
  ],
  [message('catalogs.detail.csvBroken'), 'cấu trúc CSV sai', 'the CSV structure is broken'],
  [message('catalogs.detail.noHeader'), 'tệp không có dòng tiêu đề', 'the file has no header row'],
  [
    message('catalogs.detail.tooManyCells'),
    'dòng có nhiều ô hơn dòng tiêu đề',
    'the row has more cells than the header',
  ],
  [
    message('catalogs.detail.columnOfField', { label: { vi: 'Diện tích', en: 'Area' }, key: 'dien_tich' }),
    'Diện tích (dien_tich)',
    'Area (dien_tich)',
  ],
  [
    message('catalogs.detail.labelField', { key: 'ma' }),
    'trường nhãn "ma" phải là một trường chữ, số hoặc lựa chọn của biểu mẫu',
    'label field "ma" must be a text, number or choice field of the form',
  ],
  [message('staff.detail.phoneInvalid'), 'số điện thoại không hợp lệ', 'not a valid phone number'],
  [message('products.detail.anImage'), 'một ảnh (PNG, JPEG, WebP)', 'an image (PNG, JPEG, WebP)'],
  [message('products.detail.aFile'), 'một tệp', 'a file'],
  [
    message('products.detail.notCountryCode'),
    'không phải mã quốc gia ISO 3166-1 (ví dụ VN)',
    'is not an ISO 3166-1 country code (e.g. VN)',
  ],
  [
    message('products.detail.provinceOnlyInVietnam'),
    'chỉ ghi tỉnh khi xuất xứ là Việt Nam',
    'a province is only given for products of Viet Nam',
  ],
  [
    message('products.detail.ocopNeedsStars'),
    'chứng nhận OCOP cần số sao (3 đến 5)',
    'an OCOP certificate needs its stars (3 to 5)',
  ],
  [
    message('products.detail.starsOnlyOcop'),
    'chỉ chứng nhận OCOP có số sao',
    'only OCOP certificates have stars',
  ],
  [
    message('products.detail.certificationName'),
    'hãy ghi tên chứng nhận',
    'give the name of the certification',
  ],
  [
    message('products.detail.endBeforeStart'),
    'ngày hết hạn trước ngày cấp',
    'the end date is before the start date',
  ],
  [
    message('platformRole.inspectorNeedsProvince'),
    'thanh tra phải phụ trách ít nhất một tỉnh',
    'an inspector needs at least one province',
  ],
  [
    message('job.payloadFault', {
      name: 'purge',
      fault: { kind: 'ajv', keyword: 'type', params: { type: 'number' } },
    }),
    'việc purge: phải là số',
    'job purge: must be a number',
  ],
  [message('form.unreadable'), 'không đọc được', 'unreadable'],
  [message('processes.detail.someoneElse'), 'Người khác', 'Someone else'],
];

describe('catalogue entries that replaced the phrases of services', () => {
  it.each(phrases)('%j is worded as before', (source, vi, en) => {
    expect(wordsOf(source, 'vi')).toBe(vi);
    expect(wordsOf(source, 'en')).toBe(en);
  });

  it('keeps the new detail catalogues sound in both languages', () => {
    expect(catalogueProblems(lotDetailMessages)).toEqual([]);
    expect(catalogueProblems(processDetailMessages)).toEqual([]);
  });
});

describe('wordParams', () => {
  it('fills a problem detail from a source, a name from both languages, and leaves values as they are', () => {
    const params: ParamSources = {
      code: 'L-01',
      status: message('lots.detail.closed.usedUp'),
      product: { vi: 'Lúa', en: 'Paddy' },
      line: 3,
    };
    expect(wordParams(params, 'en')).toEqual({ code: 'L-01', status: 'used up', product: 'Paddy', line: 3 });
    expect(errorMessage('LOT_CLOSED', 'vi', wordParams(params, 'vi'))).toBe(
      'Lô L-01 đã được dùng hết; không ghi thêm được.',
    );
  });

  it('words the params of a code source too', () => {
    const source: WordSource = {
      kind: 'code',
      code: 'RECORD_INVALID',
      params: { detail: message('lots.detail.notImage') },
    };
    expect(wordsOf(source, 'en')).toBe('The entry is not valid: this file is not an image');
  });
});
