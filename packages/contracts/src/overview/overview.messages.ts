/** The tenant's overview ("Tổng quan"): what an owner needs at a glance; the web shows them through useT(). */
const vi = {
  'nav.overview': 'Tổng quan',
  'overview.title': 'Tổng quan',
  'overview.intro': 'Những việc cần để mắt tới: triệu hồi, lô đang chờ, công việc nền và lượt quét tem.',
  'overview.cardFailed': 'Không tải được phần này; các phần khác vẫn dùng được.',
  'overview.seeAll': 'Xem tất cả',
  'overview.openRecalls.title': 'Triệu hồi đang công bố',
  'overview.openRecalls.banner':
    '{count, number} đợt triệu hồi đang công bố: tem của các lô này đang cảnh báo người tiêu dùng khi quét.',
  'overview.openRecalls.none':
    'Không có đợt triệu hồi nào đang công bố. Khi bạn công bố một đợt, nó hiện ở đây cho tới khi được đóng.',
  'overview.drafts.title': 'Bản nháp và diễn tập',
  'overview.drafts.count': '{count, number} bản nháp triệu hồi chưa công bố',
  'overview.drafts.none': 'Không có bản nháp triệu hồi nào chờ công bố.',
  'overview.lots.title': 'Lô đang chờ',
  'overview.lots.total': '{count, number} lô đang chờ nhập công đoạn',
  'overview.lots.atStage': '{count, number} lô',
  'overview.lots.none':
    'Không có lô nào đang chờ. Khi một lô có công đoạn cần nhập, nó hiện ở đây theo từng công đoạn.',
  'overview.jobs.running': '{count, number} việc đang chạy',
  'overview.jobs.failed': '{count, number} việc bị lỗi trong 7 ngày qua',
  'overview.jobs.none':
    'Không có việc nào đang chạy hay bị lỗi. Nhập danh mục, tạo tem và báo cáo triệu hồi chạy ở nền và hiện ở đây.',
  'overview.scans.title': 'Lượt quét 7 ngày qua',
  'overview.scans.suspicious': '{count, number} tem đáng ngờ',
  'overview.scans.topProduct': 'Quét nhiều nhất: {product} ({count, number} lượt)',
  'overview.scans.none':
    'Chưa có lượt quét nào trong 7 ngày qua. Khi người tiêu dùng quét tem, số lượt và tem đáng ngờ hiện ở đây.',
};

const en: Record<keyof typeof vi, string> = {
  'nav.overview': 'Overview',
  'overview.title': 'Overview',
  'overview.intro': 'What needs your eye: recalls, lots waiting, background jobs and label scans.',
  'overview.cardFailed': 'This part could not be loaded; the others still work.',
  'overview.seeAll': 'See all',
  'overview.openRecalls.title': 'Open recalls',
  'overview.openRecalls.banner':
    '{count, plural, one {# recall is} other {# recalls are}} open: the labels of these lots warn every consumer who scans them.',
  'overview.openRecalls.none': 'No recall is open. When you publish one, it shows here until it is closed.',
  'overview.drafts.title': 'Drafts and drills',
  'overview.drafts.count': '{count, plural, one {# recall draft} other {# recall drafts}} not published',
  'overview.drafts.none': 'No recall draft waits to be published.',
  'overview.lots.title': 'Lots waiting',
  'overview.lots.total': '{count, plural, one {# lot waits} other {# lots wait}} for a stage',
  'overview.lots.atStage': '{count, plural, one {# lot} other {# lots}}',
  'overview.lots.none': 'No lot is waiting. When a lot has a stage to record, it shows here by stage.',
  'overview.jobs.running': '{count, plural, one {# job} other {# jobs}} running',
  'overview.jobs.failed': '{count, plural, one {# job} other {# jobs}} failed in the last 7 days',
  'overview.jobs.none':
    'Nothing is running or has failed. Catalog imports, label batches and recall reports run in the background and show here.',
  'overview.scans.title': 'Scans, last 7 days',
  'overview.scans.suspicious': '{count, plural, one {# suspicious label} other {# suspicious labels}}',
  'overview.scans.topProduct': 'Most scanned: {product} ({count, plural, one {# scan} other {# scans}})',
  'overview.scans.none':
    'No scans in the last 7 days. When consumers scan your labels, the count and any suspicious labels show here.',
};

export const overviewMessages = { vi, en };
