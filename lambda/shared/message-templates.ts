/** A branded email for one custom message source. */
export interface MessageTemplate {
  readonly subject: string;
  readonly body: string;
}

const wrap = (text: string) => `<p>Hello {name},</p><p>${text}</p><p>— {brand}</p>`;

/** Templates used for any source the configuration does not override. */
export const DEFAULT_TEMPLATES: Record<string, MessageTemplate> = {
  SignUp: { subject: 'Welcome to {brand}: confirm your account', body: wrap('Your confirmation code is <b>{code}</b>.') },
  ResendCode: { subject: '{brand}: your confirmation code', body: wrap('Your confirmation code is <b>{code}</b>.') },
  ForgotPassword: { subject: '{brand}: reset your password', body: wrap('Your password reset code is <b>{code}</b>.') },
  UpdateUserAttribute: { subject: '{brand}: confirm your new email address', body: wrap('Your verification code is <b>{code}</b>.') },
  VerifyUserAttribute: { subject: '{brand}: verify your email address', body: wrap('Your verification code is <b>{code}</b>.') },
  Authentication: { subject: '{brand}: your sign-in code', body: wrap('Your sign-in code is <b>{code}</b>.') },
  AdminCreateUser: {
    subject: 'You have been invited to {brand}',
    body: wrap('Your username is <b>{username}</b> and your temporary password is <b>{code}</b>.'),
  },
};
