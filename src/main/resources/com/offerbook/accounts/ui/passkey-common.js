// Issue 17: shared by passkey-register.js and passkey-sign-in.js (run through Vaadin's executeJs, so the page's
// Content-Security-Policy nonce is not needed). $0: the CSRF header name, $1: the CSRF token, $2: the context path.
const headers = { "Content-Type": "application/json", [$0]: $1 };
const post = (path, body) => fetch($2 + path, {
  method: "POST", headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body)
});
const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
  .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
const decode = (text) => {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes.buffer;
};
const descriptors = (list) => (list || []).map((credential) => ({ ...credential, id: decode(credential.id) }));
