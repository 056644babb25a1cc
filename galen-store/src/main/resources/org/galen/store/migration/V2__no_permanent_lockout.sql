-- Ten wrong passwords no longer lock an account (anyone could lock the admin out for good); failed
-- logins slow guessing down for a while instead. Lift the locks the old rule set on people.
update users set locked = false, failed_logins = 0 where roles <> 'system' and locked = true;
