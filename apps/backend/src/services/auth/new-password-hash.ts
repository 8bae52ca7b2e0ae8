import { findPasswordProblem } from "@logstag/api-contract";
import { badRequest } from "../errors.ts";
import { hashPassword } from "./passwords.ts";

/** The argon2id hash of a new password, or `bad_request` saying why the password is too weak. */
export async function hashNewPassword(
  password: string,
  email: string,
  field = "body.password",
): Promise<string> {
  const problem = findPasswordProblem(password, email);
  if (problem)
    throw badRequest(`the password is too weak: ${problem}`, [{ path: field, message: problem }]);
  return hashPassword(password);
}
