-- Staff sign in with a second factor (TOTP) before they see member data.
alter table user_account
    add column totp_secret    varchar(64),
    add column totp_confirmed boolean not null default false,
    add column totp_last_step bigint  not null default 0,
    add constraint user_account_totp_ck check (role <> 'MEMBER' or totp_secret is null);
