// Issue 17: registers a passkey for the signed-in account through Spring Security's WebAuthn endpoints. $3: its name.
// Answers "ok", "unsupported", "cancelled:<reason>" or "failed:<reason>".
return (async () => {
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return "unsupported";
  }
  try {
    const optionsResponse = await post("/webauthn/register/options");
    if (!optionsResponse.ok) {
      return "failed:options " + optionsResponse.status;
    }
    const options = await optionsResponse.json();
    const publicKey = {
      ...options,
      challenge: decode(options.challenge),
      user: { ...options.user, id: decode(options.user.id) },
      excludeCredentials: descriptors(options.excludeCredentials)
    };
    let credential;
    try {
      credential = await navigator.credentials.create({ publicKey });
    } catch (refused) {
      return "cancelled:" + refused.name;
    }
    const response = credential.response;
    const registration = await post("/webauthn/register", {
      publicKey: {
        label: $3,
        credential: {
          id: credential.id,
          rawId: encode(credential.rawId),
          type: credential.type,
          response: {
            attestationObject: encode(response.attestationObject),
            clientDataJSON: encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        }
      }
    });
    if (!registration.ok) {
      return "failed:register " + registration.status;
    }
    const answer = await registration.json();
    return answer && answer.success ? "ok" : "failed:register";
  } catch (error) {
    return "failed:" + error.message;
  }
})();
