/**
 * A social identity provider the customer portal can offer on its sign-in pages. Each value is
 * the provider name Cognito gives it, which is also what app clients list as supported.
 */
export enum SocialProvider {
  /** Sign in with Google. */
  GOOGLE = 'Google',
  /** Sign in with Facebook. */
  FACEBOOK = 'Facebook',
  /** Sign in with Apple. */
  APPLE = 'SignInWithApple',
  /** Login with Amazon. */
  AMAZON = 'LoginWithAmazon',
}
