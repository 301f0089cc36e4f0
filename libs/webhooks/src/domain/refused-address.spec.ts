import { addressInList, refusedAddressReason } from './refused-address';

describe('refusedAddressReason', () => {
  it.each([
    ['10.1.2.3', 'private (10.0.0.0/8)'],
    ['172.16.0.1', 'private (172.16.0.0/12)'],
    ['172.31.255.255', 'private (172.16.0.0/12)'],
    ['192.168.1.1', 'private (192.168.0.0/16)'],
    ['127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['127.255.0.9', 'loopback (127.0.0.0/8)'],
    ['169.254.169.254', 'link-local (169.254.0.0/16)'],
    ['0.0.0.0', 'unspecified (0.0.0.0/8)'],
    ['100.64.0.1', 'shared (carrier-grade NAT) (100.64.0.0/10)'],
    ['224.0.0.1', 'multicast (224.0.0.0/4)'],
    ['255.255.255.255', 'reserved (240.0.0.0/4)'],
    ['::1', 'loopback (::1/128)'],
    ['::', 'unspecified (::/128)'],
    ['fc00::1', 'private (unique local) (fc00::/7)'],
    ['fd12:3456::1', 'private (unique local) (fc00::/7)'],
    ['fe80::1', 'link-local (fe80::/10)'],
    ['::ffff:127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['::ffff:a00:1', 'private (10.0.0.0/8)'],
    ['64:ff9b::a9fe:a9fe', 'link-local (169.254.0.0/16)'],
    ['64:ff9b::192.168.0.1', 'private (192.168.0.0/16)'],
    ['not-an-ip', 'not an IP address'],
  ])('refuses %s: %s', (address, reason) => {
    expect(refusedAddressReason(address)).toBe(reason);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])('lets the public address %s through', (address) => {
    expect(refusedAddressReason(address)).toBeNull();
  });
});

describe('addressInList', () => {
  it('matches addresses and CIDR blocks, ignoring host names', () => {
    const list = ['127.0.0.1', '10.20.0.0/16', 'fd00::/8', 'hooks.internal'];
    expect(addressInList('127.0.0.1', list)).toBe(true);
    expect(addressInList('127.0.0.2', list)).toBe(false);
    expect(addressInList('10.20.3.4', list)).toBe(true);
    expect(addressInList('10.21.0.1', list)).toBe(false);
    expect(addressInList('fd00::5', list)).toBe(true);
  });
});
