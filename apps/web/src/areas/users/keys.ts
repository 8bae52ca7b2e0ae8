export const usersKeys = {
  all: ["users"] as const,
  members: () => [...usersKeys.all, "members"] as const,
  invitations: () => [...usersKeys.all, "invitations"] as const,
};
