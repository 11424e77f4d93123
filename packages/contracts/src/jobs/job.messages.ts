/** The background jobs page and the progress bar every long piece of work shows; the web shows them through useT(). */
const vi = {
  'nav.jobs': 'Công việc nền',
  'jobs.title': 'Công việc nền',
  'jobs.intro':
    'Những việc dài chạy ở nền: nhập danh mục từ tệp CSV lớn, tạo tem… Bạn có thể rời trang hay đóng máy; việc vẫn tiếp tục.',
  'jobs.empty':
    'Chưa có công việc nền nào. Khi bạn nhập một tệp CSV lớn vào danh mục, tiến độ sẽ hiện ở đây, cùng tốc độ và thời gian còn lại.',
  'jobs.kind.catalog-import': 'Nhập danh mục',
  'jobs.kind.label-batch': 'Tạo tem',
  'jobs.title.label-batch': 'Đợt tem #{number}: {subject}',
  'jobs.title.label-batch-blank': 'Đợt tem #{number}: tem trắng',
  'jobs.count': '{done, number} / {total, number}',
  'jobs.pages': 'trang {done, number} / {total, number}',
  'jobs.rate.rows': '{rate, number} dòng/giây',
  'jobs.rate.labels': '{rate, number} tem/giây',
  'jobs.progressAria': 'Tiến độ',
  'jobs.leftSeconds': 'còn khoảng {count, number} giây',
  'jobs.leftMinutes': 'còn khoảng {count, number} phút',
  'jobs.leftHours': 'còn khoảng {count, number} giờ',
  'jobs.state.queued': 'Đang chờ',
  'jobs.state.running': 'Đang chạy',
  'jobs.state.completed': 'Xong',
  'jobs.state.failed': 'Lỗi',
  'jobs.state.cancelled': 'Đã hủy',
  'jobs.startedAt': 'Bắt đầu {when}',
  'jobs.finishedAt': 'Kết thúc {when}',
  'jobs.cancel': 'Hủy việc này',
  'jobs.cancelTitle': 'Hủy công việc?',
  'jobs.cancelBody':
    'Việc “{title}” sẽ dừng. Với kiểu nhập “tất cả hoặc không”, không dòng nào được giữ lại; với kiểu “chỉ dòng hợp lệ”, các dòng đã nhập vẫn còn.',
  'jobs.cancelled': 'Đã hủy công việc.',
  'jobs.retry': 'Chạy lại',
  'jobs.open': 'Mở',
  'jobs.more': 'Xem thêm',
  'jobs.loadFailed': 'Không tải được danh sách công việc.',
  'jobs.importBackground':
    'Tệp lớn nên được nhập ở nền. Bạn có thể đóng cửa sổ này; tiến độ vẫn xem được ở trang Công việc nền.',
  'jobs.importFinished': 'Đã nhập {count, number} mục.',
  'jobs.seeAll': 'Xem công việc nền',
};

const en: Record<keyof typeof vi, string> = {
  'nav.jobs': 'Background jobs',
  'jobs.title': 'Background jobs',
  'jobs.intro':
    'Long work runs in the background: importing a large CSV file into a catalog, making labels… You may leave the page or close the laptop; the work goes on.',
  'jobs.empty':
    'No background jobs yet. When you import a large CSV file into a catalog, its progress shows here, with its speed and the time left.',
  'jobs.kind.catalog-import': 'Catalog import',
  'jobs.kind.label-batch': 'Label batch',
  'jobs.title.label-batch': 'Label batch #{number}: {subject}',
  'jobs.title.label-batch-blank': 'Label batch #{number}: blank labels',
  'jobs.count': '{done, number} / {total, number}',
  'jobs.pages': 'page {done, number} / {total, number}',
  'jobs.rate.rows': '{rate, number} rows/s',
  'jobs.rate.labels': '{rate, number} labels/s',
  'jobs.progressAria': 'Progress',
  'jobs.leftSeconds': 'about {count, plural, one {# second} other {# seconds}} left',
  'jobs.leftMinutes': 'about {count, plural, one {# minute} other {# minutes}} left',
  'jobs.leftHours': 'about {count, plural, one {# hour} other {# hours}} left',
  'jobs.state.queued': 'Waiting',
  'jobs.state.running': 'Running',
  'jobs.state.completed': 'Done',
  'jobs.state.failed': 'Failed',
  'jobs.state.cancelled': 'Cancelled',
  'jobs.startedAt': 'Started {when}',
  'jobs.finishedAt': 'Ended {when}',
  'jobs.cancel': 'Cancel this job',
  'jobs.cancelTitle': 'Cancel the job?',
  'jobs.cancelBody':
    '“{title}” will stop. An all-or-nothing import keeps no rows; a valid-rows-only import keeps the rows already imported.',
  'jobs.cancelled': 'The job was cancelled.',
  'jobs.retry': 'Retry',
  'jobs.open': 'Open',
  'jobs.more': 'Show more',
  'jobs.loadFailed': 'The jobs could not be loaded.',
  'jobs.importBackground':
    'This file is large, so it is imported in the background. You may close this window; its progress stays on the Background jobs page.',
  'jobs.importFinished': 'Imported {count, number} items.',
  'jobs.seeAll': 'See background jobs',
};

export const jobMessages = { vi, en };
