import { expect } from '@open-wc/testing';
describe('smoke', () => {
  it('runs in a browser', () => {
    expect(typeof indexedDB).to.equal('object');
  });
});
