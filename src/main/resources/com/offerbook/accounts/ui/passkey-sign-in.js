// Issue 17: signs in with a passkey alone through Spring Security's WebAuthn endpoints, then loads the page the
// server names. Answers "ok" (the page is being left), "unsupported", "cancelled:<reason>" or "failed:<reason>".
return (async () => {
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return "unsupported";
  }
  try {
    const optionsResponse = await post("/webauthn/authenticate/options");
    if (!optionsResponse.ok) {
      return "failed:options " + optionsResponse.status;
    }
    const options = await optionsResponse.json();
    const publicKey = {
      ...options,
      challenge: decode(options.challenge),
      allowCredentials: descriptors(options.allowCredentials)
    };
    let credential;
    try {
      credential = await navigator.credentials.get({ publicKey });
    } catch (refused) {
      return "cancelled:" + refused.name;
    }
    const response = credential.response;
    const signIn = await post("/login/webauthn", {
      id: credential.id,
      rawId: encode(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: encode(response.authenticatorData),
        clientDataJSON: encode(response.clientDataJSON),
        signature: encode(response.signature),
        userHandle: response.userHandle ? encode(response.userHandle) : undefined
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    if (!signIn.ok) {
      return "failed:sign-in " + signIn.status;
    }
    const answer = await signIn.json();
    if (!(answer && answer.authenticated && answer.redirectUrl)) {
      return "failed:sign-in";
    }
    // Only a page of this site: the server builds the address from the request, whose Host header a client chooses.
    const target = new URL(answer.redirectUrl, window.location.href);
    window.location.href = target.origin === window.location.origin ? target.href : $2 + "/";
    return "ok";
  } catch (error) {
    return "failed:" + error.message;
  }
})();
