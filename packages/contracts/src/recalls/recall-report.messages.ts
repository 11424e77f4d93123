import type { Lang } from '../errors/lang';
import { createMessageFormatter, type MessageValues } from '../messages/message-format';

/**
 * The words of the recall report for authorities (CSV and PDF). The authorities read Vietnamese; each heading is
 * also given in English, so the report shows both ("Lô / Lot").
 */
const vi = {
  'report.title': 'Báo cáo triệu hồi #{number}',
  'report.drillTitle': 'Báo cáo diễn tập triệu hồi #{number}',
  'report.tenant': 'Đơn vị',
  'report.address': 'Địa chỉ',
  'report.status': 'Trạng thái',
  'report.severity': 'Mức độ',
  'report.drill': 'Diễn tập',
  'report.yes': 'Có',
  'report.no': 'Không',
  'report.reason': 'Lý do',
  'report.instructions': 'Hướng dẫn cho người tiêu dùng',
  'report.contact': 'Liên hệ',
  'report.createdAt': 'Bắt đầu lúc',
  'report.createdBy': 'Người lập',
  'report.publishedAt': 'Công bố lúc',
  'report.publishedBy': 'Người công bố',
  'report.closedAt': 'Kết thúc lúc',
  'report.drillSeconds': 'Thời gian diễn tập (giây)',
  'report.madeAt': 'Lập báo cáo lúc',
  'report.times': 'Giờ Việt Nam (UTC+7)',
  'report.products': 'Tổng theo sản phẩm',
  'report.lots': 'Các lô bị ảnh hưởng',
  'report.labelRuns': 'Dải tem',
  'report.stages': 'Công đoạn từng lô',
  'report.history': 'Lịch sử đợt triệu hồi',
  'report.page': 'Trang {page}/{pages}',
  'report.noLabels': 'Không có tem nào gắn với các lô này.',
  'report.noStages': 'Chưa ghi công đoạn nào.',
  'report.waitingFlag': 'ghi trong thời gian cách ly sau {job} ({days} ngày, được phép từ {day})',
  'column.recall': 'Số triệu hồi',
  'column.lot': 'Mã lô',
  'column.product': 'Sản phẩm',
  'column.gtin': 'GTIN',
  'column.quantity': 'Số lượng',
  'column.unit': 'Đơn vị tính',
  'column.status': 'Trạng thái lô',
  'column.seed': 'Lô gốc',
  'column.depth': 'Bậc',
  'column.madeFrom': 'Làm từ lô',
  'column.lotCount': 'Số lô',
  'column.labelCount': 'Số tem',
  'column.labelRuns': 'Dải tem (đợt: tem đầu – tem cuối)',
  'column.batch': 'Đợt tem',
  'column.firstSerial': 'Tem đầu',
  'column.lastSerial': 'Tem cuối',
  'column.firstRecord': 'Ghi nhận đầu tiên',
  'column.lastRecord': 'Ghi nhận cuối cùng',
  'column.stages': 'Công đoạn (thời gian)',
  'column.recordedBy': 'Người ghi nhận',
  'column.stage': 'Công đoạn',
  'column.time': 'Thời gian',
  'column.by': 'Người thực hiện',
  'column.event': 'Sự kiện',
  'status.draft': 'bản nháp',
  'status.published': 'đang công bố',
  'status.closed': 'đã kết thúc',
  'status.cancelled': 'đã huỷ',
  'lotStatus.in_progress': 'đang sản xuất',
  'lotStatus.completed': 'hoàn thành',
  'lotStatus.recalled': 'đã triệu hồi',
  'severity.high': 'cao',
  'severity.medium': 'trung bình',
  'severity.low': 'thấp',
  'event.created': 'Lập đợt triệu hồi',
  'event.updated': 'Sửa thông báo',
  'event.published': 'Công bố',
  'event.lot_joined': 'Lô làm sau được thêm vào',
  'event.closed': 'Kết thúc',
  'event.cancelled': 'Huỷ bản nháp',
  'event.report_requested': 'Yêu cầu lập báo cáo',
  'event.report_ready': 'Báo cáo đã lập xong',
};

const en: Record<keyof typeof vi, string> = {
  'report.title': 'Recall report #{number}',
  'report.drillTitle': 'Recall drill report #{number}',
  'report.tenant': 'Company',
  'report.address': 'Address',
  'report.status': 'Status',
  'report.severity': 'Severity',
  'report.drill': 'Drill',
  'report.yes': 'Yes',
  'report.no': 'No',
  'report.reason': 'Reason',
  'report.instructions': 'Instructions for consumers',
  'report.contact': 'Contact',
  'report.createdAt': 'Started at',
  'report.createdBy': 'Started by',
  'report.publishedAt': 'Published at',
  'report.publishedBy': 'Published by',
  'report.closedAt': 'Ended at',
  'report.drillSeconds': 'Drill time (seconds)',
  'report.madeAt': 'Report made at',
  'report.times': 'Vietnam time (UTC+7)',
  'report.products': 'Totals per product',
  'report.lots': 'Affected lots',
  'report.labelRuns': 'Label runs',
  'report.stages': 'Stages of each lot',
  'report.history': 'History of the recall',
  'report.page': 'Page {page} of {pages}',
  'report.noLabels': 'No label is bound to these lots.',
  'report.noStages': 'No stage recorded yet.',
  'report.waitingFlag': 'recorded inside the waiting period after {job} ({days} days, allowed from {day})',
  'column.recall': 'Recall number',
  'column.lot': 'Lot code',
  'column.product': 'Product',
  'column.gtin': 'GTIN',
  'column.quantity': 'Quantity',
  'column.unit': 'Unit',
  'column.status': 'Lot status',
  'column.seed': 'Seed lot',
  'column.depth': 'Depth',
  'column.madeFrom': 'Made from lots',
  'column.lotCount': 'Lots',
  'column.labelCount': 'Labels',
  'column.labelRuns': 'Label runs (batch: first – last serial)',
  'column.batch': 'Label batch',
  'column.firstSerial': 'First serial',
  'column.lastSerial': 'Last serial',
  'column.firstRecord': 'First record',
  'column.lastRecord': 'Last record',
  'column.stages': 'Stages (time)',
  'column.recordedBy': 'Recorded by',
  'column.stage': 'Stage',
  'column.time': 'Time',
  'column.by': 'By',
  'column.event': 'Event',
  'status.draft': 'draft',
  'status.published': 'published',
  'status.closed': 'closed',
  'status.cancelled': 'cancelled',
  'lotStatus.in_progress': 'in progress',
  'lotStatus.completed': 'completed',
  'lotStatus.recalled': 'recalled',
  'severity.high': 'high',
  'severity.medium': 'medium',
  'severity.low': 'low',
  'event.created': 'Recall started',
  'event.updated': 'Notice changed',
  'event.published': 'Published',
  'event.lot_joined': 'Lot made later joined',
  'event.closed': 'Ended',
  'event.cancelled': 'Draft cancelled',
  'event.report_requested': 'Report requested',
  'event.report_ready': 'Report ready',
};

export const recallReportMessages = { vi, en };
export type RecallReportMessageKey = keyof typeof vi;

const formatReport = createMessageFormatter(recallReportMessages);

/** One word of the report in one language. */
export const recallReportWord = (lang: Lang, key: RecallReportMessageKey, values?: MessageValues): string =>
  formatReport(lang, key, values);

/** A heading as the report prints it, Vietnamese first: "Mã lô / Lot code" (once when both read the same). */
export function recallReportHeading(key: RecallReportMessageKey, values?: MessageValues): string {
  const [inVi, inEn] = [formatReport('vi', key, values), formatReport('en', key, values)];
  return inVi === inEn ? inVi : `${inVi} / ${inEn}`;
}

const isReportKey = (key: string): key is RecallReportMessageKey => Object.hasOwn(vi, key);

/** Whether a stored word (a status, a severity, an event kind) has an entry: `recallReportKey('status', s)`. */
export function recallReportKey(
  group: 'status' | 'lotStatus' | 'severity' | 'event',
  value: string,
): RecallReportMessageKey | null {
  const key = `${group}.${value}`;
  return isReportKey(key) ? key : null;
}
