/** Signing in, setting and changing a password (`signIn.*`, `setPassword.*`, `password.*`); the web shows them through useT(). */
const vi = {
  'signIn.title': 'Đăng nhập',
  'signIn.login': 'Email hoặc số điện thoại',
  'signIn.password': 'Mật khẩu',
  'signIn.submit': 'Đăng nhập',
  'signIn.haveCode': 'Bạn có mã đặt mật khẩu? Đặt mật khẩu',

  'setPassword.title': 'Đặt mật khẩu',
  'setPassword.intro': 'Nhập mã do chủ tài khoản gửi cho bạn và chọn mật khẩu mới.',
  'setPassword.code': 'Mã đặt mật khẩu',
  'setPassword.submit': 'Đặt mật khẩu và đăng nhập',
  'setPassword.backToSignIn': 'Quay lại đăng nhập',
  'password.current': 'Mật khẩu hiện tại',
  'password.new': 'Mật khẩu mới',
  'password.repeat': 'Nhập lại mật khẩu mới',
  'password.hint': 'Ít nhất {min, number} ký tự; nên dùng một câu dễ nhớ.',
  'password.toggle': 'Hiện hoặc ẩn mật khẩu',
  'password.mismatch': 'Hai mật khẩu không khớp.',
  'password.changeTitle': 'Đổi mật khẩu',
  'password.changeSubmit': 'Đổi mật khẩu',
  'password.changed': 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã được kết thúc.',
} as const;

const en: Record<keyof typeof vi, string> = {
  'signIn.title': 'Sign in',
  'signIn.login': 'Email or phone number',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.haveCode': 'Have a set-password code? Set your password',

  'setPassword.title': 'Set your password',
  'setPassword.intro': 'Enter the code the account owner sent you and choose a new password.',
  'setPassword.code': 'Set-password code',
  'setPassword.submit': 'Set password and sign in',
  'setPassword.backToSignIn': 'Back to sign-in',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.hint':
    'At least {min, plural, one {# character} other {# characters}}; a sentence you remember works well.',
  'password.toggle': 'Show or hide the password',
  'password.mismatch': 'The two passwords differ.',
  'password.changeTitle': 'Change password',
  'password.changeSubmit': 'Change password',
  'password.changed': 'Password changed. Your other sessions have been signed out.',
};

export const authMessages = { vi, en };
