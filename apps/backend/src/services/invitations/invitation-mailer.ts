import nodemailer from "nodemailer";

export interface InvitationMail {
  to: string;
  organizationName: string;
  invitedBy: string | null;
  link: string;
  expiresAt: Date;
}

/** Sends an invitation e-mail; throws when the mail server refuses it. */
export type InvitationMailer = (mail: InvitationMail) => Promise<void>;

export function createSmtpMailer(smtp: { url: string; from: string }): InvitationMailer {
  const transport = nodemailer.createTransport(smtp.url);
  return async (mail) => {
    const who = mail.invitedBy ?? "An administrator";
    await transport.sendMail({
      from: smtp.from,
      to: mail.to,
      subject: `You are invited to ${mail.organizationName} on Logstag`,
      text: [
        `${who} invited you to join ${mail.organizationName} on Logstag.`,
        "",
        `Accept the invitation: ${mail.link}`,
        "",
        `The link works once and expires on ${mail.expiresAt.toUTCString()}.`,
        "If you did not expect this invitation, ignore this message.",
      ].join("\n"),
    });
  };
}
