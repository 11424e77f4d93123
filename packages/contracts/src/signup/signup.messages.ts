/** Sign-up (`signUp.*`), the wait for approval (`pending.*`) and the admin's approvals (`approvals.*`); the web shows them through useT(). */
const vi = {
  'signUp.link': 'Đăng ký HTX / doanh nghiệp',
  'signUp.title': 'Đăng ký HTX / doanh nghiệp',
  'signUp.stepPerson': 'Người đăng ký',
  'signUp.stepTenant': 'Đơn vị',
  'signUp.personIntro': 'Bạn sẽ là chủ tài khoản của đơn vị. Đăng nhập bằng email hoặc số điện thoại.',
  'signUp.tenantIntro': 'Thông tin doanh nghiệp hoặc hợp tác xã của bạn; có thể sửa sau trong Cài đặt.',
  'signUp.name': 'Họ và tên',
  'signUp.email': 'Email',
  'signUp.phone': 'Số điện thoại',
  'signUp.loginHint': 'Cần email hoặc số điện thoại (hoặc cả hai).',
  'signUp.loginRequired': 'Hãy nhập email hoặc số điện thoại.',
  'signUp.password': 'Mật khẩu',
  'signUp.next': 'Tiếp tục',
  'signUp.back': 'Quay lại',
  'signUp.submit': 'Đăng ký',
  'signUp.haveAccount': 'Đã có tài khoản? Đăng nhập',
  'signUp.approvalNote': 'Đơn vị mới cần quản trị viên nền tảng duyệt trước khi dùng.',

  'pending.title': 'Đang chờ duyệt',
  'pending.body':
    '{name} đã được đăng ký. Quản trị viên nền tảng sẽ duyệt; khi đó bấm “Kiểm tra lại” để bắt đầu.',
  'pending.refused':
    'Đăng ký của {name} không được duyệt. Hãy liên hệ đơn vị vận hành nền tảng, hoặc tạo đơn vị khác bên dưới.',
  'pending.check': 'Kiểm tra lại',

  'nav.approvals': 'Duyệt đơn vị',
  'approvals.title': 'Đơn vị chờ duyệt',
  'approvals.intro': 'Doanh nghiệp và hợp tác xã tự đăng ký; duyệt để họ bắt đầu dùng.',
  'approvals.empty': 'Không có đơn vị nào chờ duyệt.',
  'approvals.owner': 'Người đăng ký',
  'approvals.approve': 'Duyệt',
  'approvals.refuse': 'Từ chối',
  'approvals.refuseConfirm':
    'Từ chối {name}? Người đăng ký sẽ không dùng được đơn vị này, và không hoàn tác được.',
  'approvals.refuseFinal': 'Từ chối hẳn',
  'approvals.approved': 'Đã duyệt {name}.',
  'approvals.refused': 'Đã từ chối {name}.',
} as const;

const en: Record<keyof typeof vi, string> = {
  'signUp.link': 'Sign up a co-op or enterprise',
  'signUp.title': 'Sign up a co-op or enterprise',
  'signUp.stepPerson': 'You',
  'signUp.stepTenant': 'Your co-op or enterprise',
  'signUp.personIntro': "You will be the account's owner. You sign in with your email or phone number.",
  'signUp.tenantIntro': 'About your enterprise or co-operative; you can change it later in Settings.',
  'signUp.name': 'Full name',
  'signUp.email': 'Email',
  'signUp.phone': 'Phone number',
  'signUp.loginHint': 'An email or a phone number is needed (or both).',
  'signUp.loginRequired': 'Enter an email or a phone number.',
  'signUp.password': 'Password',
  'signUp.next': 'Next',
  'signUp.back': 'Back',
  'signUp.submit': 'Sign up',
  'signUp.haveAccount': 'Already have an account? Sign in',
  'signUp.approvalNote': 'A platform admin approves new accounts before they can be used.',

  'pending.title': 'Waiting for approval',
  'pending.body': '{name} is signed up. A platform admin will approve it; then tap “Check again” to start.',
  'pending.refused':
    'The sign-up of {name} was not approved. Contact the platform operator, or create another one below.',
  'pending.check': 'Check again',

  'nav.approvals': 'Approvals',
  'approvals.title': 'Accounts waiting for approval',
  'approvals.intro': 'Enterprises and co-ops that signed up themselves; approve them so they can start.',
  'approvals.empty': 'No account is waiting for approval.',
  'approvals.owner': 'Signed up by',
  'approvals.approve': 'Approve',
  'approvals.refuse': 'Refuse',
  'approvals.refuseConfirm':
    'Refuse {name}? The person who signed up will not be able to use it, and this cannot be undone.',
  'approvals.refuseFinal': 'Refuse for good',
  'approvals.approved': '{name} approved.',
  'approvals.refused': '{name} refused.',
};

export const signUpMessages = { vi, en };
