import nodemailer from "nodemailer";

export interface PasswordResetMail {
  to: string;
  organizationName: string;
  link: string;
  expiresAt: Date;
}

/** Sends a password reset link; throws when the mail server refuses it. */
export type PasswordResetMailer = (mail: PasswordResetMail) => Promise<void>;

export function createSmtpResetMailer(smtp: { url: string; from: string }): PasswordResetMailer {
  const transport = nodemailer.createTransport(smtp.url);
  return async (mail) => {
    await transport.sendMail({
      from: smtp.from,
      to: mail.to,
      subject: `Set a new Logstag password (${mail.organizationName})`,
      text: [
        `An administrator of ${mail.organizationName} made a link for you to set a new Logstag password.`,
        "",
        `Set a new password: ${mail.link}`,
        "",
        `The link works once and expires on ${mail.expiresAt.toUTCString()}.`,
        "If you did not ask for this, tell your administrator.",
      ].join("\n"),
    });
  };
}
