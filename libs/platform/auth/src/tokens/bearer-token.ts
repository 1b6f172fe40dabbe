/** The token of an `Authorization: Bearer …` header, or undefined when there is none. */
export function bearerTokenFrom(authorizationHeader: string | null | undefined): string | undefined {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorizationHeader?.trim() ?? '');
  return match?.[1];
}
