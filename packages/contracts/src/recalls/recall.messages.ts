/**
 * What recalls' services word (`recalls.*`): the state named in a refusal's `{status}`, and each history entry's
 * summary, filled from the facts the entry stores. The API words them in the caller's language.
 */
const vi = {
  // fits both sentences: "đã {status}" (RECALL_NOT_DRAFT) and "trạng thái {status}" (RECALL_NOT_PUBLISHED)
  'recalls.status.draft': 'bản nháp',
  'recalls.status.published': 'công bố',
  'recalls.status.closed': 'đóng',
  'recalls.status.cancelled': 'huỷ',
  'recalls.event.created': 'Lập bản nháp: {lots, number} lô, {labels, number} tem.',
  'recalls.event.createdDrill': 'Bắt đầu diễn tập: {lots, number} lô, {labels, number} tem.',
  'recalls.event.updated': 'Sửa thông báo và mức độ nghiêm trọng.',
  'recalls.event.published':
    'Công bố: {lots, number} lô và {labels, number} tem bị triệu hồi; trang truy xuất của từng tem hiện cảnh báo.',
  'recalls.event.lotJoined': 'Lô {lot} làm từ lô bị triệu hồi ({from}) nên cũng bị triệu hồi.',
  'recalls.event.lotJoinedItem': 'Lô {lot} ghi nhận dùng {item} sau khi công bố nên cũng bị triệu hồi.',
  'recalls.event.closed':
    'Đóng đợt triệu hồi: thu hồi {recovered, number}, tiêu huỷ {destroyed, number} (cộng mọi sản phẩm). {note}',
  'recalls.event.cancelled': 'Huỷ bản nháp; đợt triệu hồi vẫn được lưu.',
  'recalls.event.reportRequested': 'Yêu cầu lập báo cáo cho cơ quan quản lý.',
  'recalls.event.reportReady': 'Báo cáo đã lập xong.',
};

const en: Record<keyof typeof vi, string> = {
  'recalls.status.draft': 'a draft',
  'recalls.status.published': 'published',
  'recalls.status.closed': 'closed',
  'recalls.status.cancelled': 'cancelled',
  'recalls.event.created':
    'Draft made: {lots, plural, one {# lot} other {# lots}}, {labels, plural, one {# label} other {# labels}}.',
  'recalls.event.createdDrill':
    'Drill started: {lots, plural, one {# lot} other {# lots}}, {labels, plural, one {# label} other {# labels}}.',
  'recalls.event.updated': 'Notice and severity changed.',
  'recalls.event.published':
    "Published: {lots, plural, one {# lot} other {# lots}} and {labels, plural, one {# label} other {# labels}} recalled; each label's trace page shows the warning.",
  'recalls.event.lotJoined': 'Lot {lot} was made from a recalled lot ({from}) and so is recalled too.',
  'recalls.event.lotJoinedItem': 'Lot {lot} recorded using {item} after publishing and so is recalled too.',
  'recalls.event.closed':
    'Recall closed: {recovered, number} recovered, {destroyed, number} destroyed (all products added up). {note}',
  'recalls.event.cancelled': 'Draft cancelled; the recall stays on record.',
  'recalls.event.reportRequested': 'Report for the authorities requested.',
  'recalls.event.reportReady': 'Report ready.',
};

export const recallMessages = { vi, en };
