import { signWebhook } from './sign-webhook';
import { generateWebhookSecret, secretKey } from './webhook-secret';

describe('signWebhook', () => {
  it("reproduces the Standard Webhooks specification's example signature", () => {
    const headers = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('changes with any byte of the body, the id or the timestamp', () => {
    const secret = generateWebhookSecret();
    const base = signWebhook(secret, 'id', 1, '{}')['webhook-signature'];
    expect(signWebhook(secret, 'id', 1, '{ }')['webhook-signature']).not.toBe(base);
    expect(signWebhook(secret, 'id2', 1, '{}')['webhook-signature']).not.toBe(base);
    expect(signWebhook(secret, 'id', 2, '{}')['webhook-signature']).not.toBe(base);
  });
});

describe('generateWebhookSecret', () => {
  it('is whsec_ and the base64 of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secretKey(secret)).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});
