/** What is wrong inside a template file, beyond the file schema: the details of the TEMPLATE_* codes. */
const vi = {
  'templateCheck.notAnObject': 'tệp phải là một đối tượng JSON',
  'templateCheck.noSchemaVersion': 'thiếu schemaVersion (số nguyên từ 1)',
  'templateCheck.notJson': 'không phải JSON hợp lệ: lỗi cú pháp ở dòng {line}, cột {column}',
  'templateCheck.duplicateCatalogKey': 'khoá danh mục {key} bị lặp',
  'templateCheck.labelFieldMissing': 'trường nhãn {key} không có trong biểu mẫu của danh mục',
  'templateCheck.stageNoteUnknown': 'ghi chú cho công đoạn {stage}, nhưng quy trình không có công đoạn này',
  'templateCheck.stageNoteMissing': 'công đoạn {stage} chưa có ghi chú (hỏi gì và vì sao) bằng hai thứ tiếng',
  'templateCheck.untranslated':
    'còn {count, plural, other {# chữ}} chưa dịch sang tiếng Anh, đầu tiên tại {where}',
  'templateCheck.keyNotFolder': 'khoá {key} phải trùng tên thư mục {folder}',
  'templateCheck.reservedName': '"{name}" là tên dành riêng; hãy đặt tên khác',
};

const en: Record<keyof typeof vi, string> = {
  'templateCheck.notAnObject': 'the file must be a JSON object',
  'templateCheck.noSchemaVersion': 'schemaVersion is missing (a whole number from 1)',
  'templateCheck.notJson': 'not valid JSON: a syntax error at line {line}, column {column}',
  'templateCheck.duplicateCatalogKey': 'catalog key {key} is used twice',
  'templateCheck.labelFieldMissing': "label field {key} is not in the catalog's form",
  'templateCheck.stageNoteUnknown': 'a note for stage {stage}, but the process has no such stage',
  'templateCheck.stageNoteMissing': 'stage {stage} has no note (what it asks and why) in both languages',
  'templateCheck.untranslated':
    '{count, plural, one {# text} other {# texts}} not translated into English, the first at {where}',
  'templateCheck.keyNotFolder': 'key {key} must be the folder name {folder}',
  'templateCheck.reservedName': '"{name}" is a reserved name; choose another',
};

export const templateCheckMessages = { vi, en };
