/**
 * Working days an agency has to decide on a filing sent for review, where the 参保地's own rule is
 * not collected: the default profile's review setting (001 办理流程 审查与决定: 1; 002 第九条(二)).
 * A module of its own, with no imports, so the home page's cards can say it without the profiles
 * (the weapp main package carries none of them).
 */
export const REVIEW_WORKING_DAYS = 1
