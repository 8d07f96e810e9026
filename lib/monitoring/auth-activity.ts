/**
 * The user pool activities Amazon Cognito reports successes and throttles for.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/metrics-for-cognito-user-pools.html
 */
export enum AuthActivity {
  /** Sign-up requests: `SignUpSuccesses`, `SignUpThrottles`. */
  SIGN_UP = 'SignUp',
  /** Authentication requests, refreshes excluded: `SignInSuccesses`, `SignInThrottles`. */
  SIGN_IN = 'SignIn',
  /** Token refresh requests: `TokenRefreshSuccesses`, `TokenRefreshThrottles`. */
  TOKEN_REFRESH = 'TokenRefresh',
  /** Sign-in through an external identity provider: `FederationSuccesses`, `FederationThrottles`. */
  FEDERATION = 'Federation',
}
