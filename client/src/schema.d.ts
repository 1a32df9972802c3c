/** Generated from openapi.json by `npm run client:generate`; do not edit. */

export interface paths {
    "/app/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (IM v1 GET /configs): the app's client configuration, name → string value (also in GET /app/config)
         * @description Our extension (IM v1 GET /configs): the app's client configuration, name → string value (also in GET /app/config).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["AppContentController_clientConfig"];
        /**
         * Our extension (admin token): set names of the app's client configuration to strings, or remove them with null; answers the whole configuration
         * @description Our extension (admin token): set names of the app's client configuration to strings, or remove them with null; answers the whole configuration.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["AppContentController_changeClientConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/discovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (IM v1 GET /discovers): the links of the app's discover page, by position
         * @description Our extension (IM v1 GET /discovers): the links of the app's discover page, by position.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["AppContentController_discoverItems"];
        /**
         * Our extension (admin token): change the fields sent of a discover link
         * @description Our extension (admin token): change the fields sent of a discover link.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["AppContentController_updateDiscoverItem"];
        /**
         * Our extension (admin token): add a link to the discover page (at most 100 per app)
         * @description Our extension (admin token): add a link to the discover page (at most 100 per app).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["AppContentController_createDiscoverItem"];
        /**
         * Our extension (admin token): remove a discover link
         * @description Our extension (admin token): remove a discover link.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["AppContentController_deleteDiscoverItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (admin token): the app's registration and stranger-message switches, group cap, file quota and storage used
         * @description Our extension (admin token): the app's registration and stranger-message switches, group cap, file quota and storage used.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["AppSettingsController_settings"];
        put?: never;
        /**
         * Our extension (admin token): change any of registration_open, stranger_messages, max_groups, file_quota_bytes; answers the settings after the change
         * @description Our extension (admin token): change any of registration_open, stranger_messages, max_groups, file_quota_bytes; answers the settings after the change.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["AppSettingsController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a user (username, password, optional mobile and email)
         * @description Register a user (username, password, optional mobile and email).
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10001 WrongVerificationCode, 10002 BadParameter, 10004 UserExists, 10010 NoPermission, 10011 AlreadyBound, 10015 VerificationRequired, 10017 CodeNotSent, 40000 AppNotFound.
         */
        post: operations["UserController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/register/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a user (username, password)
         * @description Register a user (username, password).
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10004 UserExists, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_registerV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/register/anonymous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a user as MaxIM's web SDK asyncRegisterAnonymous does: it sends username and password like register/v2, under the same registration policy
         * @description Register a user as MaxIM's web SDK asyncRegisterAnonymous does: it sends username and password like register/v2, under the same registration policy.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10004 UserExists, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_registerAnonymous"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/register/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register up to 100 users; each item succeeds or fails on its own (admin token)
         * @description Register up to 100 users; each item succeeds or fails on its own (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_registerBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling user's own profile
         * @description The calling user's own profile.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["UserController_profile"];
        /**
         * Change the profile fields sent with a value; "" clears one (same as POST)
         * @description Change the profile fields sent with a value; "" clears one (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserController_updateProfileByPut"];
        /**
         * Change the profile fields sent with a value; "" clears one
         * @description Change the profile fields sent with a value; "" clears one.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_updateProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/nickname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the nickname (same as POST)
         * @description Set the nickname (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserController_setNicknameByPut"];
        /**
         * Set the nickname
         * @description Set the nickname.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_setNickname"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the avatar (URL or file-store key; "" clears it) (same as POST)
         * @description Set the avatar (URL or file-store key; "" clears it) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserController_setAvatarByPut"];
        /**
         * Set the avatar (URL or file-store key; "" clears it)
         * @description Set the avatar (URL or file-store key; "" clears it).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_setAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the public info, seen by everyone (same as POST)
         * @description Set the public info, seen by everyone (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserController_setPublicInfoByPut"];
        /**
         * Set the public info, seen by everyone
         * @description Set the public info, seen by everyone.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_setPublicInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/private": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the private info, seen only by the user itself (same as POST)
         * @description Set the private info, seen only by the user itself (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserController_setPrivateInfoByPut"];
        /**
         * Set the private info, seen only by the user itself
         * @description Set the private info, seen only by the user itself.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_setPrivateInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/username": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the username (unique in the app: 10004 when taken) (same as POST)
         * @description Change the username (unique in the app: 10004 when taken) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10004 UserExists, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserController_setUsernameByPut"];
        /**
         * Change the username (unique in the app: 10004 when taken)
         * @description Change the username (unique in the app: 10004 when taken).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10004 UserExists, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserController_setUsername"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015) (same as POST)
         * @description Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10001 WrongVerificationCode, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 10011 AlreadyBound, 10015 VerificationRequired, 40000 AppNotFound.
         */
        put: operations["UserController_setMobileByPut"];
        /**
         * Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015)
         * @description Bind a mobile number (unique in the app: 10011 when bound to another user); verification_code as the app requires (10015).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10001 WrongVerificationCode, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 10011 AlreadyBound, 10015 VerificationRequired, 40000 AppNotFound.
         */
        post: operations["UserController_setMobile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/bind_openid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bind a third-party open id of a type to the user (10011 when another user holds it)
         * @description Bind a third-party open id of a type to the user (10011 when another user holds it).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 10011 AlreadyBound, 40000 AppNotFound.
         */
        get: operations["UserController_bindOpenId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind an email (unique in the app: 10011); verification_code as the app requires (10015)
         * @description Bind an email (unique in the app: 10011); verification_code as the app requires (10015).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10001 WrongVerificationCode, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 10011 AlreadyBound, 10015 VerificationRequired, 40000 AppNotFound.
         */
        post: operations["UserAccountController_setEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a verification_token of purpose reset_password; every session of the user ends
         * @description Set a new password with a verification_token of purpose reset_password; every session of the user ends.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10001 WrongVerificationCode, 10002 BadParameter, 40000 AppNotFound.
         */
        post: operations["UserAccountController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/check_phone_available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether no user of the app has this mobile yet (limited per address like logins: it necessarily tells)
         * @description Whether no user of the app has this mobile yet (limited per address like logins: it necessarily tells).
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 40000 AppNotFound.
         */
        post: operations["UserAccountController_checkPhoneAvailable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the calling user token only and close its sockets
         * @description Revoke the calling user token only and close its sockets.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserAccountController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/change_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (old one checked); the user's other sessions end
         * @description Change the password (old one checked); the user's other sessions end.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserAdminController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/change_password_admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the password of the user named by the user_id header; all its sessions end (admin token)
         * @description Set the password of the user named by the user_id header; all its sessions end (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserAdminController_changePasswordAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the user (password needed with a user token, not with an admin token acting as it)
         * @description Delete the user (password needed with a user token, not with an admin token acting as it).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserAdminController_delete"];
        /**
         * Delete the user (password needed with a user token, not with an admin token acting as it) (same as POST)
         * @description Delete the user (password needed with a user token, not with an admin token acting as it) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["UserAdminController_deleteByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Disable users: their tokens stop working and their sockets close (admin token)
         * @description Disable users: their tokens stop working and their sockets close (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserAdminController_disable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enable disabled users again; their unexpired tokens work again (admin token)
         * @description Enable disabled users again; their unexpired tokens work again (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserAdminController_enable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's users by id, a page at a time, with the total (admin token)
         * @description The app's users by id, a page at a time, with the total (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["UserAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (admin token): the app's users whose username or nick name contains the keyword, or whose id or email it is, whatever their search privacy; ascending id
         * @description Our extension (admin token): the app's users whose username or nick name contains the keyword, or whose id or email it is, whatever their search privacy; ascending id.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["UserAdminController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/profile/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update up to 100 profiles; each item succeeds or fails on its own (admin token) (same as POST)
         * @description Update up to 100 profiles; each item succeeds or fails on its own (admin token) (same as POST).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserAdminController_updateProfileBatchByPut"];
        /**
         * Update up to 100 profiles; each item succeeds or fails on its own (admin token)
         * @description Update up to 100 profiles; each item succeeds or fails on its own (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserAdminController_updateProfileBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/avatar/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set up to 100 avatars; each item succeeds or fails on its own (admin token) (same as POST)
         * @description Set up to 100 avatars; each item succeeds or fails on its own (admin token) (same as POST).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserAdminController_setAvatarBatchByPut"];
        /**
         * Set up to 100 avatars; each item succeeds or fails on its own (admin token)
         * @description Set up to 100 avatars; each item succeeds or fails on its own (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserAdminController_setAvatarBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting user's settings, with the calling device's push token
         * @description The acting user's settings, with the calling device's push token.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["UserSettingsController_get"];
        /**
         * Change the settings sent (partial update; null clears a nullable field) (same as POST)
         * @description Change the settings sent (partial update; null clears a nullable field) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_updateByPut"];
        /**
         * Change the settings sent (partial update; null clears a nullable field)
         * @description Change the settings sent (partial update; null clears a nullable field).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/privacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: every privacy choice of the acting user (search by mobile/username, pokes, auth_mode, group_confirm)
         * @description Our extension: every privacy choice of the acting user (search by mobile/username, pokes, auth_mode, group_confirm).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["UserSettingsController_getPrivacy"];
        /**
         * Our extension: change the privacy switches sent (same as POST)
         * @description Our extension: change the privacy switches sent (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_updatePrivacyByPut"];
        /**
         * Our extension: change the privacy switches sent (mobile_searchable, username_searchable, poke_allowed)
         * @description Our extension: change the privacy switches sent (mobile_searchable, username_searchable, poke_allowed).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_updatePrivacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/authmode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set how others may add the user as a friend (auth_mode 0-3) (same as POST)
         * @description Set how others may add the user as a friend (auth_mode 0-3) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setAuthModeByPut"];
        /**
         * Set how others may add the user as a friend (auth_mode 0-3)
         * @description Set how others may add the user as a friend (auth_mode 0-3).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setAuthMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set whether thumbnails and files download automatically (auto_download) (same as POST)
         * @description Set whether thumbnails and files download automatically (auto_download) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setAutoDownloadByPut"];
        /**
         * Set whether thumbnails and files download automatically (auto_download)
         * @description Set whether thumbnails and files download automatically (auto_download).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setAutoDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn push notifications off (true) or on (false) (no_push) (same as POST)
         * @description Turn push notifications off (true) or on (false) (no_push) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setNoPushByPut"];
        /**
         * Turn push notifications off (true) or on (false) (no_push)
         * @description Turn push notifications off (true) or on (false) (no_push).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setNoPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Leave the message text out of push notifications (no_push_detail) (same as POST)
         * @description Leave the message text out of push notifications (no_push_detail) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setNoPushDetailByPut"];
        /**
         * Leave the message text out of push notifications (no_push_detail)
         * @description Leave the message text out of push notifications (no_push_detail).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setNoPushDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the daily no-push hours (0-23) (same as POST)
         * @description Set the daily no-push hours (0-23) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setNoPushHoursByPut"];
        /**
         * Set the daily no-push hours (0-23)
         * @description Set the daily no-push hours (0-23).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setNoPushHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/nickname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the sender name shown in push notifications (push_nick_name) (same as POST)
         * @description Set the sender name shown in push notifications (push_nick_name) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setPushNicknameByPut"];
        /**
         * Set the sender name shown in push notifications (push_nick_name)
         * @description Set the sender name shown in push notifications (push_nick_name).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setPushNickname"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/sounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Silence new-message sounds (true) or play them (false) (no_sounds) (same as POST)
         * @description Silence new-message sounds (true) or play them (false) (no_sounds) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setNoSoundsByPut"];
        /**
         * Silence new-message sounds (true) or play them (false) (no_sounds)
         * @description Silence new-message sounds (true) or play them (false) (no_sounds).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setNoSounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/vibratory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Vibrate for new messages (vibratory) (same as POST)
         * @description Vibrate for new messages (vibratory) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["UserSettingsController_setVibratoryByPut"];
        /**
         * Vibrate for new messages (vibratory)
         * @description Vibrate for new messages (vibratory).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["UserSettingsController_setVibratory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/conversation/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Pin a conversation (peer user id, or a group the user is in) to the top; pinning again moves it up (same as POST)
         * @description Pin a conversation (peer user id, or a group the user is in) to the top; pinning again moves it up (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        put: operations["ConversationPinController_pinByPut"];
        /**
         * Pin a conversation (peer user id, or a group the user is in) to the top; pinning again moves it up
         * @description Pin a conversation (peer user id, or a group the user is in) to the top; pinning again moves it up.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        post: operations["ConversationPinController_pin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/conversation/unpin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Unpin a pinned conversation (same as POST)
         * @description Unpin a pinned conversation (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["ConversationPinController_unpinByPut"];
        /**
         * Unpin a pinned conversation
         * @description Unpin a pinned conversation.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["ConversationPinController_unpin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/conversation/pin_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pinned conversation ids, most recently pinned first
         * @description The pinned conversation ids, most recently pinned first.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["ConversationPinController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/device/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting user's devices in device_sn order (not paged)
         * @description The acting user's devices in device_sn order (not paged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["DeviceController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/device/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete one of the acting user's devices and revoke its tokens
         * @description Delete one of the acting user's devices and revoke its tokens.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["DeviceController_remove"];
        /**
         * Delete one of the acting user's devices and revoke its tokens (same as POST)
         * @description Delete one of the acting user's devices and revoke its tokens (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["DeviceController_removeByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * End one device's sessions, or without device_sn every other session of the user (same as POST)
         * @description End one device's sessions, or without device_sn every other session of the user (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["DeviceController_kickByPut"];
        /**
         * End one device's sessions, or without device_sn every other session of the user; device_sn in the query or (as MaxIM's web SDK sends it) the JSON body
         * @description End one device's sessions, or without device_sn every other session of the user; device_sn in the query or (as MaxIM's web SDK sends it) the JSON body.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["DeviceController_kick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/online_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the acting user has a live realtime session
         * @description Whether the acting user has a live realtime session.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["DeviceController_onlineStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/token/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Bind a vendor push token to one of the acting user's devices (same as POST)
         * @description Bind a vendor push token to one of the acting user's devices (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["PushIdentityController_bindByPut"];
        /**
         * Bind a vendor push token to one of the acting user's devices (moves it from any other device of the app)
         * @description Bind a vendor push token to one of the acting user's devices (moves it from any other device of the app).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["PushIdentityController_bind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/token/unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the vendor push token of one of the acting user's devices
         * @description Remove the vendor push token of one of the acting user's devices.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["PushIdentityController_unbind"];
        /**
         * Remove the vendor push token of one of the acting user's devices (same as POST)
         * @description Remove the vendor push token of one of the acting user's devices (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["PushIdentityController_unbindByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the push alias of the device named by push_token, else of the calling device, else of all the user's devices
         * @description Set the push alias of the device named by push_token, else of the calling device, else of all the user's devices.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["PushIdentityController_alias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/badge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the app icon badge of the calling device, else of all the user's devices
         * @description Set the app icon badge of the calling device, else of all the user's devices.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["PushIdentityController_badge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting user's push tags, sorted
         * @description The acting user's push tags, sorted.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["PushIdentityController_tags"];
        put?: never;
        /**
         * Add push tags to the acting user (at most 100 per user)
         * @description Add push tags to the acting user (at most 100 per user).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["PushIdentityController_addTags"];
        /**
         * Remove push tags from the acting user
         * @description Remove push tags from the acting user.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["PushIdentityController_removeTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/push/tag/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove all of the acting user's push tags
         * @description Remove all of the acting user's push tags.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["PushIdentityController_removeAllTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/register/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a push-only user and its device, signed with the app secret (or with the app admin token)
         * @description Register a push-only user and its device, signed with the app secret (or with the app admin token).
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10004 UserExists, 10010 NoPermission, 10011 AlreadyBound, 40000 AppNotFound.
         */
        post: operations["PushIdentityController_registerPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (SealTalk /user/sync/:version): what changed in friends, blocklist, groups and group members since `version` (0: everything), oldest first; cursor-paginated, limit 1–1000, default 500; store the `version` of the last page
         * @description Our extension (SealTalk /user/sync/:version): what changed in friends, blocklist, groups and group members since `version` (0: everything), oldest first; cursor-paginated, limit 1–1000, default 500; store the `version` of the last page.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["UserSyncController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/favgroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (SealTalk GET /user/favgroups): the caller's saved groups it is still in, newest saved first; cursor-paginated, limit 1–500, default 100
         * @description Our extension (SealTalk GET /user/favgroups): the caller's saved groups it is still in, newest saved first; cursor-paginated, limit 1–500, default 100.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["FavouriteGroupController_list"];
        put?: never;
        /**
         * Our extension: save a group the caller is in to its address book; idempotent
         * @description Our extension: save a group the caller is in to its address book; idempotent.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["FavouriteGroupController_save"];
        /**
         * Our extension: take a group out of the saved groups; idempotent
         * @description Our extension: take a group out of the saved groups; idempotent.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["FavouriteGroupController_unsave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask a user to become a friend; the target's auth_mode decides (friends at once, pending request, answer, refused)
         * @description Ask a user to become a friend; the target's auth_mode decides (friends at once, pending request, answer, refused).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10005 AlreadyInRoster, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10012 FriendRequestsRefused, 40000 AppNotFound.
         */
        post: operations["RosterController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/apply/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Up to 100 applications, each succeeding or failing on its own; with an admin token acting as a user, friends at once
         * @description Up to 100 applications, each succeeding or failing on its own; with an admin token acting as a user, friends at once.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_applyBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/apply/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Friend requests the caller received, newest first (status 0 pending, 1 accepted, 2 declined, 3 expired)
         * @description Friend requests the caller received, newest first (status 0 pending, 1 accepted, 2 declined, 3 expired).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Accept the pending friend request of user_id
         * @description Accept the pending friend request of user_id.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10007 ApplicationMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterController_acceptByPut"];
        /**
         * Accept the pending friend request of user_id
         * @description Accept the pending friend request of user_id.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10007 ApplicationMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Decline the pending friend request of user_id, with an optional reason told to the applicant
         * @description Decline the pending friend request of user_id, with an optional reason told to the applicant.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10007 ApplicationMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterController_declineByPut"];
        /**
         * Decline the pending friend request of user_id, with an optional reason told to the applicant
         * @description Decline the pending friend request of user_id, with an optional reason told to the applicant.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10007 ApplicationMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Our extension: drop the friend request of user_id from the list without telling the applicant
         * @description Our extension: drop the friend request of user_id from the list without telling the applicant.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10007 ApplicationMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_ignore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's friend ids, in id order (cursor paginated)
         * @description The caller's friend ids, in id order (cursor paginated).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_list"];
        put?: never;
        /**
         * Public profiles of the given users with the relation to the caller and its private alias, ext and mute flag
         * @description Public profiles of the given users with the relation to the caller and its private alias, ext and mute flag.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_details"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the friendship with user_id on both sides
         * @description End the friendship with user_id on both sides.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_remove"];
        /**
         * End the friendship with user_id on both sides
         * @description End the friendship with user_id on both sides.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["RosterController_removeByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/ext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the caller's private alias, ext and mute flag for a friend (only the fields sent)
         * @description Set the caller's private alias, ext and mute flag for a friend (only the fields sent).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterController_extByPut"];
        /**
         * Set the caller's private alias, ext and mute flag for a friend (only the fields sent)
         * @description Set the caller's private alias, ext and mute flag for a friend (only the fields sent).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_ext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Block user_id: no friend requests or messages from them; a friendship stays
         * @description Block user_id: no friend requests or messages from them; a friendship stays.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterController_blockByPut"];
        /**
         * Block user_id: no friend requests or messages from them; a friendship stays
         * @description Block user_id: no friend requests or messages from them; a friendship stays.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove user_id from the blocklist
         * @description Remove user_id from the blocklist.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_unblock"];
        /**
         * Remove user_id from the blocklist
         * @description Remove user_id from the blocklist.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["RosterController_unblockByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/blocked_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ids the caller blocks, newest first (unpaged)
         * @description Ids the caller blocks, newest first (unpaged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_blockedList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/may_message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether user_id may message roster_id: not blocked by them, and friends or the app allows strangers
         * @description Whether user_id may message roster_id: not blocked by them, and friends or the app allows strangers.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_mayMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's public profile by id, with the relation to the caller
         * @description A user's public profile by id, with the relation to the caller.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_searchById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's public profile by exact username, with the relation to the caller
         * @description A user's public profile by exact username, with the relation to the caller.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_searchByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's public profile by mobile number, only if that user allows mobile search (never shows the number)
         * @description A user's public profile by mobile number, only if that user allows mobile search (never shows the number).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_searchByMobile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/mobile_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: whether others may find the caller by mobile number (the switch set below)
         * @description Our extension: whether others may find the caller by mobile number (the switch set below).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_mobileSearch"];
        /**
         * Our extension: allow (true, default) or refuse (false) being found by mobile number
         * @description Our extension: allow (true, default) or refuse (false) being found by mobile number.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterController_setMobileSearchByPut"];
        /**
         * Our extension: allow (true, default) or refuse (false) being found by mobile number
         * @description Our extension: allow (true, default) or refuse (false) being found by mobile number.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_setMobileSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/star": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Our extension: star the friend user_id (private to the caller; idempotent)
         * @description Our extension: star the friend user_id (private to the caller; idempotent).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterController_starByPut"];
        /**
         * Our extension: star the friend user_id (private to the caller; idempotent)
         * @description Our extension: star the friend user_id (private to the caller; idempotent).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_star"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/unstar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Our extension: remove the star from the friend user_id (idempotent)
         * @description Our extension: remove the star from the friend user_id (idempotent).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterController_unstar"];
        /**
         * Our extension: remove the star from the friend user_id (idempotent)
         * @description Our extension: remove the star from the friend user_id (idempotent).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["RosterController_unstarByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/star_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: the caller's starred friends' ids, in id order (unpaged)
         * @description Our extension: the caller's starred friends' ids, in id order (unpaged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_starList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/relation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: whether the caller and user_id are friends, and whether either blocks the other
         * @description Our extension: whether the caller and user_id are friends, and whether either blocks the other.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterController_relation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (IM v1 GET /friends/groups): the caller's friend groups, oldest first, each with its current friends
         * @description Our extension (IM v1 GET /friends/groups): the caller's friend groups, oldest first, each with its current friends.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterGroupController_list"];
        put?: never;
        /**
         * Our extension (IM v1 POST /friends/groups): create a friend group, optionally with friends in it
         * @description Our extension (IM v1 POST /friends/groups): create a friend group, optionally with friends in it.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterGroupController_create"];
        /**
         * Our extension (IM v1 DELETE /friends/groups): delete a friend group (the friendships stay)
         * @description Our extension (IM v1 DELETE /friends/groups): delete a friend group (the friendships stay).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["RosterGroupController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (IM v1 GET /friends/group): one friend group of the caller
         * @description Our extension (IM v1 GET /friends/group): one friend group of the caller.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["RosterGroupController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/groups/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Our extension (IM v1 PUT /friends/groups/name): rename a friend group
         * @description Our extension (IM v1 PUT /friends/groups/name): rename a friend group.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["RosterGroupController_rename"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/groups/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Our extension (IM v1 POST /friends/groups/members): put friends in a friend group
         * @description Our extension (IM v1 POST /friends/groups/members): put friends in a friend group.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["RosterGroupController_addMembers"];
        /**
         * Our extension (IM v1 DELETE /friends/groups/members): take users out of a friend group
         * @description Our extension (IM v1 DELETE /friends/groups/members): take users out of a friend group.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["RosterGroupController_removeMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group owned by the caller; user_list members are added, or invited when they confirm invitations
         * @description Create a group owned by the caller; user_list members are added, or invited when they confirm invitations.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20007 AppGroupLimit, 20008 UserCreatedGroupLimit, 20009 UserJoinedGroupLimit, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/destroy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Destroy the group (owner); members are notified and every later call about it answers 20001
         * @description Destroy the group (owner); members are notified and every later call about it answers 20001.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupController_destroy"];
        /**
         * Destroy the group (owner) (same as POST)
         * @description Destroy the group (owner) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupController_destroyByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hand the group to another member (owner) (same as POST)
         * @description Hand the group to another member (owner) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20005 TransferTargetNotMember, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupController_transferByPut"];
        /**
         * Hand the group to another member (owner); the old owner becomes a member
         * @description Hand the group to another member (owner); the old owner becomes a member.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20005 TransferTargetNotMember, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/user_joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ids of the groups the caller belongs to (unpaged)
         * @description Ids of the groups the caller belongs to (unpaged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupController_userJoined"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/common": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: ids of the groups the caller and user_id are both in, ascending (unpaged)
         * @description Our extension: ids of the groups the caller and user_id are both in, ascending (unpaged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupController_common"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/app_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension (admin token): the app's live groups, newest first, optionally those whose name contains the keyword
         * @description Our extension (admin token): the app's live groups, newest first, optionally those whose name contains the keyword.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupController_appList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/public_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ids of the app's public groups (unpaged)
         * @description Ids of the app's public groups (unpaged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupController_publicList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave the group (members; the owner must transfer it first: 20004)
         * @description Leave the group (members; the owner must transfer it first: 20004).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20004 OwnerCannotLeave, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_leave"];
        /**
         * Leave the group (same as POST)
         * @description Leave the group (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20004 OwnerCannotLeave, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupMemberController_leaveByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members (admins; only the owner may kick admins)
         * @description Remove members (admins; only the owner may kick admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_kick"];
        /**
         * Remove members (same as POST)
         * @description Remove members (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupMemberController_kickByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/admin/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make members admins (owner)
         * @description Make members admins (owner).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_addAdmins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/admin/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make admins members again (owner)
         * @description Make admins members again (owner).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_removeAdmins"];
        /**
         * Make admins members again (owner) (same as POST)
         * @description Make admins members again (owner) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupMemberController_removeAdminsByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/admin_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The group's admins, without the owner (whoever may view the group; unpaged)
         * @description The group's admins, without the owner (whoever may view the group; unpaged).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupMemberController_adminList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/member_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members by user id with display name and join time (members; cursor-paginated, limit 1–1000, default 1000)
         * @description Members by user id with display name and join time (members; cursor-paginated, limit 1–1000, default 1000).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupMemberController_memberList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/members/display_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Display names of the listed members (members); non-members are left out
         * @description Display names of the listed members (members); non-members are left out.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_displayNames"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/display_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the caller's own display name in the group (same as POST)
         * @description Set the caller's own display name in the group (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupMemberController_setDisplayNameByPut"];
        /**
         * Set the caller's own display name in the group; "" clears it (members)
         * @description Set the caller's own display name in the group; "" clears it (members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_setDisplayName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/msg/mute_mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the caller's own mute mode for the group (same as POST)
         * @description Set the caller's own mute mode for the group (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupMemberController_setMuteModeByPut"];
        /**
         * Set the caller's own mute mode for the group: 0 none, 1 no local notification, 2 do not receive (members)
         * @description Set the caller's own mute mode for the group: 0 none, 1 no local notification, 2 do not receive (members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_setMuteMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/msg/not_disturb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Do-not-disturb for the caller in the group, as MaxIM's web SDK sends it: true sets mute mode 1, false mute mode 0
         * @description Do-not-disturb for the caller in the group, as MaxIM's web SDK sends it: true sets mute mode 1, false mute mode 0.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_setNotDisturb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/msg/push_mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the caller's own push mode for the group (same as POST)
         * @description Set the caller's own push mode for the group (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20003 InvalidPushMode, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupMemberController_setPushModeByPut"];
        /**
         * Set the caller's own push mode for the group, 0–4 (members; other values 20003)
         * @description Set the caller's own push mode for the group, 0–4 (members; other values 20003).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20003 InvalidPushMode, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupMemberController_setPushMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A group's info and settings with the caller's own message modes (public groups: anyone of the app; others: members)
         * @description A group's info and settings with the caller's own message modes (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupInfoController_groupInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Brief info of up to 100 groups; groups the caller may not view, or that do not exist, are left out
         * @description Brief info of up to 100 groups; groups the caller may not view, or that do not exist, are left out.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_groupInfoBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Our extension: set where the group meets (admins, or every member while member_modify is on; same as POST)
         * @description Our extension: set where the group meets (admins, or every member while member_modify is on; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_setLocationByPut"];
        /**
         * Our extension: set where the group meets (latitude, longitude, address), shown in its info; public groups are then found by /group/nearby (admins, or every member while member_modify is on)
         * @description Our extension: set where the group meets (latitude, longitude, address), shown in its info; public groups are then found by /group/nearby (admins, or every member while member_modify is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_setLocation"];
        /**
         * Our extension: clear the group's location (admins, or every member while member_modify is on)
         * @description Our extension: clear the group's location (admins, or every member while member_modify is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupInfoController_clearLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename the group, 1-64 characters (admins, or every member while member_modify is on; same as POST)
         * @description Rename the group, 1-64 characters (admins, or every member while member_modify is on; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_setNameByPut"];
        /**
         * Rename the group, 1-64 characters (admins, or every member while member_modify is on)
         * @description Rename the group, 1-64 characters (admins, or every member while member_modify is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_setName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the avatar, up to 1024 characters; "" clears it (admins, or every member while member_modify is on; same as POST)
         * @description Set the avatar, up to 1024 characters; "" clears it (admins, or every member while member_modify is on; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_setAvatarByPut"];
        /**
         * Set the avatar, up to 1024 characters; "" clears it (admins, or every member while member_modify is on)
         * @description Set the avatar, up to 1024 characters; "" clears it (admins, or every member while member_modify is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_setAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info/description": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the description, up to 1024 characters; "" clears it (admins, or every member while member_modify is on; same as POST)
         * @description Set the description, up to 1024 characters; "" clears it (admins, or every member while member_modify is on; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_setDescriptionByPut"];
        /**
         * Set the description, up to 1024 characters; "" clears it (admins, or every member while member_modify is on)
         * @description Set the description, up to 1024 characters; "" clears it (admins, or every member while member_modify is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_setDescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info/ext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the extension, up to 4096 characters; "" clears it (admins, or every member while member_modify is on; same as POST)
         * @description Set the extension, up to 4096 characters; "" clears it (admins, or every member while member_modify is on; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_setExtByPut"];
        /**
         * Set the extension, up to 4096 characters; "" clears it (admins, or every member while member_modify is on)
         * @description Set the extension, up to 4096 characters; "" clears it (admins, or every member while member_modify is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_setExt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A group's settings, answered with its info as GET /group/info (public groups: anyone of the app; others: members)
         * @description A group's settings, answered with its info as GET /group/info (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupInfoController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/allow_member_invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Let members invite (member_invite; admins; same as POST)
         * @description Let members invite (member_invite; admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_allowMemberInvitationByPut"];
        /**
         * Let members invite (member_invite; admins)
         * @description Let members invite (member_invite; admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_allowMemberInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/allow_member_modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Let members change name, avatar, description and ext (member_modify; admins; same as POST)
         * @description Let members change name, avatar, description and ext (member_modify; admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_allowMemberModifyByPut"];
        /**
         * Let members change name, avatar, description and ext (member_modify; admins)
         * @description Let members change name, avatar, description and ext (member_modify; admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_allowMemberModify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/enable_read_ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn read receipts for group messages on or off (read_ack; admins; same as POST)
         * @description Turn read receipts for group messages on or off (read_ack; admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_enableReadAckByPut"];
        /**
         * Turn read receipts for group messages on or off (read_ack; admins)
         * @description Turn read receipts for group messages on or off (read_ack; admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_enableReadAck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/history_visible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Let new members read the history from before they joined (history_visible; admins; same as POST)
         * @description Let new members read the history from before they joined (history_visible; admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_historyVisibleByPut"];
        /**
         * Let new members read the history from before they joined (history_visible; admins)
         * @description Let new members read the history from before they joined (history_visible; admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_historyVisible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/hide_member_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hide members' details from each other (hide_member_info; admins; same as POST)
         * @description Hide members' details from each other (hide_member_info; admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_hideMemberInfoByPut"];
        /**
         * Hide members' details from each other (hide_member_info; admins)
         * @description Hide members' details from each other (hide_member_info; admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_hideMemberInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/require_admin_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * How join applications are handled: 0 accept all, 1 admins approve, 2 refuse all (apply_approval; admins; same as POST)
         * @description How join applications are handled: 0 accept all, 1 admins approve, 2 refuse all (apply_approval; admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        put: operations["GroupInfoController_requireAdminApprovalByPut"];
        /**
         * How join applications are handled: 0 accept all, 1 admins approve, 2 refuse all (apply_approval; admins)
         * @description How join applications are handled: 0 accept all, 1 admins approve, 2 refuse all (apply_approval; admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupInfoController_requireAdminApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/announcement/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a new announcement: title up to 128 characters, content 1-4096 (admins)
         * @description Publish a new announcement: title up to 128 characters, content 1-4096 (admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupAnnouncementController_edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/announcement/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an announcement of the group (admins)
         * @description Delete an announcement of the group (admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20020 AnnouncementNotFound, 40000 AppNotFound.
         */
        post: operations["GroupAnnouncementController_delete"];
        /**
         * Delete an announcement of the group (admins; same as POST)
         * @description Delete an announcement of the group (admins; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20020 AnnouncementNotFound, 40000 AppNotFound.
         */
        delete: operations["GroupAnnouncementController_deleteByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/announcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One announcement of the group (public groups: anyone of the app; others: members)
         * @description One announcement of the group (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20020 AnnouncementNotFound, 40000 AppNotFound.
         */
        get: operations["GroupAnnouncementController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/announcement/last": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest announcement, or null data when there is none (public groups: anyone of the app; others: members)
         * @description The newest announcement, or null data when there is none (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupAnnouncementController_last"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/announcement/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every announcement, newest first, unpaged (public groups: anyone of the app; others: members)
         * @description Every announcement, newest first, unpaged (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupAnnouncementController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/file/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a shared file already stored at `url`: name, size, type (members)
         * @description Record a shared file already stored at `url`: name, size, type (members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupFileController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/file/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The group's shared files, newest first, unpaged (public groups: anyone of the app; others: members)
         * @description The group's shared files, newest first, unpaged (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupFileController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One shared file of the group (public groups: anyone of the app; others: members)
         * @description One shared file of the group (public groups: anyone of the app; others: members).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20022 SharedFileNotFound, 40000 AppNotFound.
         */
        get: operations["GroupFileController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/file/update_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a shared file (its uploader, or the group's admins and owner; same as POST)
         * @description Rename a shared file (its uploader, or the group's admins and owner; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20022 SharedFileNotFound, 20023 SharedFileNoPermission, 40000 AppNotFound.
         */
        put: operations["GroupFileController_renameByPut"];
        /**
         * Rename a shared file (its uploader, or the group's admins and owner)
         * @description Rename a shared file (its uploader, or the group's admins and owner).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20022 SharedFileNotFound, 20023 SharedFileNoPermission, 40000 AppNotFound.
         */
        post: operations["GroupFileController_rename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/file/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete shared files, each answered on its own (its uploader, or the group's admins and owner)
         * @description Delete shared files, each answered on its own (its uploader, or the group's admins and owner).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupFileController_delete"];
        /**
         * Delete shared files, each answered on its own (its uploader, or the group's admins and owner; same as POST)
         * @description Delete shared files, each answered on its own (its uploader, or the group's admins and owner; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupFileController_deleteByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite users: those with group_confirm on get an invitation, the others join at once (members may invite only when member_invite is on)
         * @description Invite users: those with group_confirm on get an invitation, the others join at once (members may invite only when member_invite is on).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupJoinController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/invite/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The invitee accepts (joins) or declines the pending invitation of user_id to group_id
         * @description The invitee accepts (joins) or declines the pending invitation of user_id to group_id.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20009 UserJoinedGroupLimit, 20010 GroupFull, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20015 GroupInvitationHandled, 20017 AlreadyGroupMember, 20018 BlockedByGroup, 40000 AppNotFound.
         */
        put: operations["GroupJoinController_handleInvitationOnPut"];
        /**
         * The invitee accepts (joins) or declines the pending invitation of user_id to group_id
         * @description The invitee accepts (joins) or declines the pending invitation of user_id to group_id.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20009 UserJoinedGroupLimit, 20010 GroupFull, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20015 GroupInvitationHandled, 20017 AlreadyGroupMember, 20018 BlockedByGroup, 40000 AppNotFound.
         */
        post: operations["GroupJoinController_handleInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/invitation_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's group invitations, newest first (status 0 pending, 1 accepted, 2 declined, 3 expired)
         * @description The caller's group invitations, newest first (status 0 pending, 1 accepted, 2 declined, 3 expired).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupJoinController_listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to join a group: apply_approval 0 joins at once, 1 leaves a pending application, 2 refuses (10010)
         * @description Ask to join a group: apply_approval 0 joins at once, 1 leaves a pending application, 2 refuses (10010).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20009 UserJoinedGroupLimit, 20010 GroupFull, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20017 AlreadyGroupMember, 20018 BlockedByGroup, 40000 AppNotFound.
         */
        post: operations["GroupJoinController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/apply/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * An admin accepts (the applicant joins) or declines the pending application of user_id
         * @description An admin accepts (the applicant joins) or declines the pending application of user_id.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20014 GroupApplicationHandled, 40000 AppNotFound.
         */
        put: operations["GroupJoinController_handleApplicationOnPut"];
        /**
         * An admin accepts (the applicant joins) or declines the pending application of user_id
         * @description An admin accepts (the applicant joins) or declines the pending application of user_id.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20014 GroupApplicationHandled, 40000 AppNotFound.
         */
        post: operations["GroupJoinController_handleApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/application_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applications to the listed groups (all must be groups the caller administers), newest first
         * @description Applications to the listed groups (all must be groups the caller administers), newest first.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupJoinController_listApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/qrcode/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A signed invitation to show as a QR code, valid 7 days, for those who may invite
         * @description A signed invitation to show as a QR code, valid 7 days, for those who may invite.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupJoinController_signQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/qrcode/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the group of a signed QR code (no approval needed; blocklist and capacity apply)
         * @description Join the group of a signed QR code (no approval needed; blocklist and capacity apply).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20009 UserJoinedGroupLimit, 20010 GroupFull, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 20017 AlreadyGroupMember, 20018 BlockedByGroup, 20024 InvalidGroupQrCode, 20025 GroupQrCodeExpired, 40000 AppNotFound.
         */
        post: operations["GroupJoinController_joinByQrCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/ban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ban members from sending for `duration` minutes (admins; only the owner may ban admins)
         * @description Ban members from sending for `duration` minutes (admins; only the owner may ban admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupModerationController_ban"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/unban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift members' bans (admins; only the owner may unban admins)
         * @description Lift members' bans (admins; only the owner may unban admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupModerationController_unban"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/banned_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members whose ban has not expired, with its end in milliseconds (members; cursor-paginated)
         * @description Members whose ban has not expired, with its end in milliseconds (members; cursor-paginated).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupModerationController_bannedList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/ban_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let only the owner and admins send for `duration` minutes, -1 for no end (admins)
         * @description Let only the owner and admins send for `duration` minutes, -1 for no end (admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupModerationController_banAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/settings/unban_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the ban-all (admins)
         * @description End the ban-all (admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupModerationController_unbanAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block users: members are removed, and nobody blocked may rejoin, apply or be invited (admins)
         * @description Block users: members are removed, and nobody blocked may rejoin, apply or be invited (admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupModerationController_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take users off the blocklist (admins)
         * @description Take users off the blocklist (admins).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        post: operations["GroupModerationController_unblock"];
        /**
         * Take users off the blocklist (admins) (same as POST)
         * @description Take users off the blocklist (admins) (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        delete: operations["GroupModerationController_unblockByDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/blocked_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The group's blocklist (admins; cursor-paginated)
         * @description The group's blocklist (admins; cursor-paginated).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 20013 NeedsOwner, 40000 AppNotFound.
         */
        get: operations["GroupModerationController_blockedList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Same as POST /message/send
         * @description Same as POST /message/send.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        put: operations["MessageController_sendByPut"];
        /**
         * Send to users or groups (admin tokens name the sender with from_user_id); msg_ids at the top level when one receiver
         * @description Send to users or groups (admin tokens name the sender with from_user_id); msg_ids at the top level when one receiver.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        post: operations["MessageController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Same as POST /message/notify
         * @description Same as POST /message/notify.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        put: operations["MessageController_notifyByPut"];
        /**
         * Send a system notice (admin token; from from_user_id, else the system sender 0)
         * @description Send a system notice (admin token; from from_user_id, else the system sender 0).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        post: operations["MessageController_notify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a system message to every user of the app (admin token); sent by a background job
         * @description Send a system message to every user of the app (admin token); sent by a background job.
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["MessageController_broadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Same as POST /message/recall
         * @description Same as POST /message/recall.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        put: operations["MessageController_recallByPut"];
        /**
         * Recall a message: its sender within the recall window, or the group admins
         * @description Recall a message: its sender within the recall window, or the group admins.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        post: operations["MessageController_recall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A conversation's history, newest first (msg_id_start 0 = from the newest)
         * @description A conversation's history, newest first (msg_id_start 0 = from the newest).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        get: operations["MessageController_conversation"];
        put?: never;
        post?: never;
        /**
         * Delete a conversation's messages so far, for the caller only
         * @description Delete a conversation's messages so far, for the caller only.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["MessageController_deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mark a conversation read up to msg_id (a read receipt to the sender)
         * @description Mark a conversation read up to msg_id (a read receipt to the sender).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        get: operations["MessageController_ack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread message counts per conversation: [{conversation_id: {uid}, num}]
         * @description Unread message counts per conversation: [{conversation_id: {uid}, num}].
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["MessageController_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/message/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Same as POST /ai/message/send
         * @description Same as POST /ai/message/send.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        put: operations["MessageController_aiSendByPut"];
        /**
         * Send to an AI bot user: stored and delivered like /message/send; the bot replies and grows its reply with APPEND/REPLACE
         * @description Send to an AI bot user: stored and delivered like /message/send; the bot replies and grows its reply with APPEND/REPLACE.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10006 UserBlocked, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        post: operations["MessageController_aiSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/app_dns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the app's REST API (ratel) and socket (webim) are: this server, as the client reached it
         * @description Where the app's REST API (ratel) and socket (webim) are: this server, as the client reached it.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 40000 AppNotFound.
         */
        get: operations["DiscoveryController_appDns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe the SDK uses to pick the fastest server; needs no app_id
         * @description Liveness probe the SDK uses to pick the fastest server; needs no app_id.
         *
         *     Needs no app_id and no token.
         *
         *     Answers no business error.
         */
        get: operations["DiscoveryController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's client settings for a platform
         * @description The app's client settings for a platform.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 40000 AppNotFound.
         */
        get: operations["DiscoveryController_appConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a notification to an audience; answers {task_id} at once (admin token; 12006 until the app stores a certificate)
         * @description Queue a notification to an audience; answers {task_id} at once (admin token; 12006 until the app stores a certificate).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 503 ServiceUnavailable, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 12004 PushImageUrlInvalid, 12005 PushTargetListTooLong, 12006 PushNotEnabled, 40000 AppNotFound.
         */
        post: operations["PushController_notify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push/task/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Per task and channel: target, sent and received counts (admin token)
         * @description Per task and channel: target, sent and received counts (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["PushController_taskDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push/task/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ours: the app's push tasks, newest first: status, audience, title, counts per channel (admin token)
         * @description Ours: the app's push tasks, newest first: status, audience, title, counts per channel (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["PushController_taskList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's certificate for a provider and environment, secrets masked (admin token)
         * @description The app's certificate for a provider and environment, secrets masked (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["PushController_certificate"];
        /**
         * Ours: replace fields of the named certificate (admin token)
         * @description Ours: replace fields of the named certificate (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["PushController_updateCertificate"];
        /**
         * Ours: store a vendor certificate; its name is the notifier_name of /user/token/bind (admin token)
         * @description Ours: store a vendor certificate; its name is the notifier_name of /user/token/bind (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 10011 AlreadyBound, 40000 AppNotFound.
         */
        post: operations["PushController_createCertificate"];
        /**
         * Ours: delete the named certificate (admin token)
         * @description Ours: delete the named certificate (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["PushController_deleteCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file/upload/avatar/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upload URL for the caller's avatar
         * @description Upload URL for the caller's avatar.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10009 StorageError, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["FileController_userAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file/upload/avatar/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upload URL for a group's avatar (who may change the group's info)
         * @description Upload URL for a group's avatar (who may change the group's info).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10009 StorageError, 10010 NoPermission, 20001 GroupNotFound, 20011 NeedsMember, 20012 NeedsAdmin, 40000 AppNotFound.
         */
        get: operations["FileController_groupAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file/upload/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upload URL for a chat or group shared file (who may send to the conversation)
         * @description Upload URL for a chat or group shared file (who may send to the conversation).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10009 StorageError, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        get: operations["FileController_chat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file/upload/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download URL of a stored chat file for another conversation, without uploading again
         * @description Download URL of a stored chat file for another conversation, without uploading again.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id` or `group_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10009 StorageError, 10010 NoPermission, 20001 GroupNotFound, 20002 NotGroupMember, 40000 AppNotFound.
         */
        get: operations["FileController_forward"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file/download/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a chat file (access-token header or query, or store_token); 302 to the object store or the bytes
         * @description Download a chat file (access-token header or query, or store_token); 302 to the object store or the bytes.
         *
         *     Takes an access-token (header or query) but works without one.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10008 TokenInvalid, 10009 StorageError, 40000 AppNotFound.
         */
        get: operations["FileController_downloadChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file/download/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an avatar (access-token header or query, or store_token); 302 to the object store or the bytes
         * @description Download an avatar (access-token header or query, or store_token); 302 to the object store or the bytes.
         *
         *     Takes an access-token (header or query) but works without one.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10008 TokenInvalid, 10009 StorageError, 40000 AppNotFound.
         */
        get: operations["FileController_downloadAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User token by username and password
         * @description User token by username and password.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10013 UserDisabled, 10014 LoginFailed, 10016 CaptchaRequired, 40000 AppNotFound.
         */
        post: operations["TokenController_byUsername"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User token by user id and password
         * @description User token by user id and password.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10013 UserDisabled, 10014 LoginFailed, 10016 CaptchaRequired, 40000 AppNotFound.
         */
        post: operations["TokenController_byUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User token by username, mobile or email, and password
         * @description User token by username, mobile or email, and password.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10013 UserDisabled, 10014 LoginFailed, 10016 CaptchaRequired, 40000 AppNotFound.
         */
        post: operations["TokenController_byLoginName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User token by a login code sent to a mobile or email (answers like /token/user; signs up when the app allows)
         * @description User token by a login code sent to a mobile or email (answers like /token/user; signs up when the app allows).
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10001 WrongVerificationCode, 10002 BadParameter, 10010 NoPermission, 10013 UserDisabled, 40000 AppNotFound.
         */
        post: operations["TokenController_byCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user token for one of the app's users, without its password (admin token; GoBelieve's server-issued token)
         * @description A user token for one of the app's users, without its password (admin token; GoBelieve's server-issued token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 10013 UserDisabled, 40000 AppNotFound.
         */
        post: operations["TokenController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ours: change the fields sent of an endpoint (admin token)
         * @description Ours: change the fields sent of an endpoint (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["WebhookController_updateEndpoint"];
        /**
         * Ours: add an endpoint (URL, secret, event types, on/off); the answer is the only one showing the secret (admin token)
         * @description Ours: add an endpoint (URL, secret, event types, on/off); the answer is the only one showing the secret (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["WebhookController_createEndpoint"];
        /**
         * Ours: delete an endpoint; its queued deliveries are dropped (admin token)
         * @description Ours: delete an endpoint; its queued deliveries are dropped (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["WebhookController_deleteEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/endpoint/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ours: the app's endpoints, secrets shown by their last 4 characters (admin token)
         * @description Ours: the app's endpoints, secrets shown by their last 4 characters (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["WebhookController_listEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/delivery/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ours: an endpoint's delivery attempts, newest first: outcome, HTTP status, latency (admin token)
         * @description Ours: an endpoint's delivery attempts, newest first: outcome, HTTP status, latency (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["WebhookController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ours: send one stored event again (event_id), or every stored event of a time range [from, to) (admin token)
         * @description Ours: send one stored event again (event_id), or every stored event of a time range [from, to) (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["WebhookController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/before_send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ours: the app's before-send hook, or null (admin token)
         * @description Ours: the app's before-send hook, or null (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["WebhookController_beforeSend"];
        /**
         * Ours: set the app's before-send hook (URL, secret, timeout, policy on timeout, on/off) (admin token)
         * @description Ours: set the app's before-send hook (URL, secret, timeout, policy on timeout, on/off) (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["WebhookController_saveBeforeSend"];
        post?: never;
        /**
         * Ours: remove the app's before-send hook (admin token)
         * @description Ours: remove the app's before-send hook (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["WebhookController_deleteBeforeSend"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: users whose username or nick name contains the keyword, an id starting with it, or the exact email; only users who allow search
         * @description Our extension: users whose username or nick name contains the keyword, an id starting with it, or the exact email; only users who allow search.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["SearchController_searchUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: public groups whose name contains the keyword, best match first
         * @description Our extension: public groups whose name contains the keyword, best match first.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["SearchController_searchGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roster/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: users sharing a location near the given point, nearest first (coordinates to 0.01°, distances to 100 m)
         * @description Our extension: users sharing a location near the given point, nearest first (coordinates to 0.01°, distances to 100 m).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["SearchController_nearbyUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: public groups with a location near the given point, nearest first
         * @description Our extension: public groups with a location near the given point, nearest first.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["SearchController_nearbyGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: the acting user's shared location with its age, or null while none is shared
         * @description Our extension: the acting user's shared location with its age, or null while none is shared.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["SearchController_location"];
        /**
         * Our extension: share the acting user’s location (same as POST)
         * @description Our extension: share the acting user’s location (same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["SearchController_shareLocationByPut"];
        /**
         * Our extension: share the acting user’s location (opt in to nearby), stored snapped to 0.01°
         * @description Our extension: share the acting user’s location (opt in to nearby), stored snapped to 0.01°.
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["SearchController_shareLocation"];
        /**
         * Our extension: stop sharing the location (opt out of nearby)
         * @description Our extension: stop sharing the location (opt out of nearby).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["SearchController_stopSharingLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: one department (any caller of the app)
         * @description Our extension: one department (any caller of the app).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["OrgController_department"];
        put?: never;
        /**
         * Our extension: create a department, at the top level or under parent_id (the app's admin token, without user_id or group_id)
         * @description Our extension: create a department, at the top level or under parent_id (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["OrgController_create"];
        /**
         * Our extension: delete a department without sub-departments, with its memberships (the app's admin token, without user_id or group_id)
         * @description Our extension: delete a department without sub-departments, with its memberships (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["OrgController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/department/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Our extension: rename a department (the app's admin token, without user_id or group_id; same as POST)
         * @description Our extension: rename a department (the app's admin token, without user_id or group_id; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["OrgController_renameByPut"];
        /**
         * Our extension: rename a department (the app's admin token, without user_id or group_id)
         * @description Our extension: rename a department (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["OrgController_rename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/department/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Our extension: move a department (the app's admin token, without user_id or group_id; same as POST)
         * @description Our extension: move a department (the app's admin token, without user_id or group_id; same as POST).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        put: operations["OrgController_moveByPut"];
        /**
         * Our extension: move a department with its subtree under parent_id, or to the top level with null (the app's admin token, without user_id or group_id)
         * @description Our extension: move a department with its subtree under parent_id, or to the top level with null (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["OrgController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/department/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: every department of the app, by parent, sort and id (SealTalk /dept/all; any caller of the app)
         * @description Our extension: every department of the app, by parent, sort and id (SealTalk /dept/all; any caller of the app).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["OrgController_listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/department/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: a department's members with title and manager, in user id order (cursor paginated; any caller of the app)
         * @description Our extension: a department's members with title and manager, in user id order (cursor paginated; any caller of the app).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["OrgController_listMembers"];
        put?: never;
        /**
         * Our extension: add up to 500 members to a department, or change their title and manager (the app's admin token, without user_id or group_id)
         * @description Our extension: add up to 500 members to a department, or change their title and manager (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["OrgController_setMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/department/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Our extension: remove users from a department (the app's admin token, without user_id or group_id)
         * @description Our extension: remove users from a department (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["OrgController_removeMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/user/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Our extension: the departments a user is in, with the user's title and manager in each (any caller of the app)
         * @description Our extension: the departments a user is in, with the user's title and manager in each (any caller of the app).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["OrgController_memberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Our extension: batch import of up to 10000 members (JSON or CSV), all or nothing (the app's admin token, without user_id or group_id)
         * @description Our extension: batch import of up to 10000 members (JSON or CSV), all or nothing (the app's admin token, without user_id or group_id).
         *
         *     Needs a user access-token, or the app admin access-token with `user_id`.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10000 UserNotFound, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["OrgController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ours: the app's users, groups, messages today, live sockets and push tasks, with messages and new users per UTC day (admin token)
         * @description Ours: the app's users, groups, messages today, live sockets and push tasks, with messages and new users per UTC day (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["StatsController_appStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/send_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a 6-digit code to a mobile or email for a purpose (429 with Retry-After when sent too often)
         * @description Send a 6-digit code to a mobile or email for a purpose (429 with Retry-After when sent too often).
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 10010 NoPermission, 10016 CaptchaRequired, 10017 CodeNotSent, 40000 AppNotFound.
         */
        post: operations["VerificationController_sendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/verify_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a right code for a single-use verification_token bound to its purpose and destination
         * @description Trade a right code for a single-use verification_token bound to its purpose and destination.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10001 WrongVerificationCode, 10002 BadParameter, 40000 AppNotFound.
         */
        post: operations["VerificationController_verifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/captcha/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A one-time image captcha (SVG data URL) and its id
         * @description A one-time image captcha (SVG data URL) and its id.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 40000 AppNotFound.
         */
        get: operations["VerificationController_captcha"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/regionlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regions with their dialling codes and English and Chinese names
         * @description Regions with their dialling codes and English and Chinese names.
         *
         *     Takes no access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 10002 BadParameter, 40000 AppNotFound.
         */
        get: operations["VerificationController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/verification/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's verification policy per purpose, captcha rules and sign-up by code (admin token)
         * @description The app's verification policy per purpose, captcha rules and sign-up by code (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["VerificationController_viewSettings"];
        put?: never;
        /**
         * Change the fields sent of the verification policy (admin token)
         * @description Change the fields sent of the verification policy (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["VerificationController_updateSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/verification/sender": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's SMS or email sender, secret masked; null when none (admin token)
         * @description The app's SMS or email sender, secret masked; null when none (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        get: operations["VerificationController_viewSender"];
        put?: never;
        /**
         * Set the app's SMS or email sender: vendor, settings, secret (sealed) and templates (admin token)
         * @description Set the app's SMS or email sender: vendor, settings, secret (sealed) and templates (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        post: operations["VerificationController_saveSender"];
        /**
         * Remove the app's sender of a channel (admin token)
         * @description Remove the app's sender of a channel (admin token).
         *
         *     Needs the app admin access-token.
         *
         *     Business errors (HTTP 200, in `code`; README "Error codes"): 402 TokenExpired, 10002 BadParameter, 10003 TokenMissing, 10008 TokenInvalid, 10010 NoPermission, 40000 AppNotFound.
         */
        delete: operations["VerificationController_deleteSender"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AppClientConfigDto: {
            /** @description name → value, by name */
            configs: {
                [key: string]: string;
            };
        };
        AppClientConfigUpdateDto: {
            /**
             * @description names of 1–64 characters a-z 0-9 _ . -; a string sets the value, null removes the name; at most 200 names per app
             * @example {
             *       "discover_name": "Discover",
             *       "register_sms": "true",
             *       "obsolete_flag": null
             *     }
             */
            configs: {
                [key: string]: string | null;
            };
        };
        AppDiscoverItemDto: {
            /** Format: int64 */
            discover_id: number;
            name: string;
            url: string;
            /** @description absent when unset */
            logo?: string;
            position: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_time: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_time: number;
        };
        AppDiscoverCreateDto: {
            name: string;
            /** @description an http or https URL */
            url: string;
            /** @description a URL or file-store key; "" clears it */
            logo?: string;
            /**
             * @description smaller first; ties by creation
             * @default 0
             */
            position: number;
        };
        AppDiscoverUpdateDto: {
            /**
             * Format: int64
             * @description an item of this app
             */
            discover_id: number;
            name?: string;
            url?: string;
            /** @description "" clears it */
            logo?: string;
            position?: number;
        };
        AppSettingsDto: {
            /** @description false: /user/register* needs the admin token */
            registration_open: boolean;
            /** @description false: users who are not friends cannot message each other */
            stranger_messages: boolean;
            /**
             * Format: int64
             * @description live groups the app may hold (20007 at the cap); null: no cap
             */
            max_groups: number | null;
            /**
             * Format: int64
             * @description the app's own storage quota in bytes (0: nothing may be stored); null: file_quota_default_bytes applies
             */
            file_quota_bytes: number | null;
            /**
             * Format: int64
             * @description the server default quota (FILE_APP_QUOTA_BYTES); 0: no quota
             */
            file_quota_default_bytes: number;
            /**
             * Format: int64
             * @description bytes the app stores now (thumbnails not counted)
             */
            file_used_bytes: number;
        };
        AppSettingsUpdateDto: {
            registration_open?: boolean;
            stranger_messages?: boolean;
            /**
             * Format: int64
             * @description null lifts the cap
             */
            max_groups?: number | null;
            /**
             * Format: int64
             * @description null falls back to the server default
             */
            file_quota_bytes?: number | null;
        };
        UserSettingsResponseDto: {
            /**
             * Format: int64
             * @description the user id (MaxIM keeps a settings id; ours is the user id)
             */
            id: number;
            /** Format: int64 */
            user_id: number;
            /**
             * @description 0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all
             * @enum {integer}
             */
            auth_mode: 0 | 1 | 2 | 3;
            auth_question: string | null;
            auth_answer: string | null;
            auto_download: boolean;
            group_confirm: boolean;
            no_push: boolean;
            no_push_detail: boolean;
            no_push_start_hour: number | null;
            no_push_end_hour: number | null;
            no_sounds: boolean;
            vibratory: boolean;
            push_nick_name: string | null;
            /** @description start hour of the daily silent-push hours */
            silence_start_time: number | null;
            /** @description end hour of the daily silent-push hours */
            silence_end_time: number | null;
            /** @description the calling device's push token; null when the token names no device */
            push_token: string | null;
        };
        UserRegisterDto: {
            /** @description letters, digits, _ and CJK, 1-64 characters; not all digits; not starting with maxim or mta */
            username: string;
            password: string;
            mobile?: string;
            email?: string;
            /** @description proof of the mobile (else the email): the 6-digit register code from /user/send_code, or a verification_token of purpose register; required when the app says so (10015) */
            verification_code?: string;
        };
        UserRegisterV2Dto: {
            /** @description letters, digits, _ and CJK, 1-64 characters; not all digits; not starting with maxim or mta */
            username: string;
            password: string;
        };
        UserRegisterBatchResultDto: {
            /**
             * Format: int64
             * @description null when the item failed
             */
            user_id: number | null;
            /** @description as sent; null when the item sent no string username */
            username: string | null;
            success: boolean;
            /** @description why the item failed; null on success */
            reason: string | null;
        };
        UserRegisterBatchDto: {
            list: components["schemas"]["UserRegisterV2Dto"][];
        };
        UserProfileResponseDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            nick_name?: string;
            avatar?: string;
            description?: string;
            mobile?: string;
            email?: string;
            public_info?: string;
            /** @description only to the user itself, or an admin acting as it */
            private_info?: string;
            /**
             * @description ours (extended profile)
             * @enum {string}
             */
            gender?: "male" | "female" | "other";
            /**
             * Format: date
             * @description ours (extended profile): YYYY-MM-DD
             * @example 1990-04-30
             */
            birthday?: string;
            /** @description ours (extended profile): free text, for example "CN-Shanghai" */
            region?: string;
        };
        UserUpdateProfileDto: {
            description?: string;
            nick_name?: string;
            /** @description seen only by the user itself */
            private_info?: string;
            /** @description seen by everyone */
            public_info?: string;
            /**
             * @description ours (extended profile); "" clears it
             * @enum {string}
             */
            gender?: "male" | "female" | "other" | "";
            /**
             * Format: date
             * @description ours (extended profile): YYYY-MM-DD, from 1900-01-01 to today; "" clears it
             * @example 1990-04-30
             */
            birthday?: string;
            /** @description ours (extended profile): free text; "" clears it */
            region?: string;
        };
        UserSetAvatarDto: {
            /** @description avatar URL or file-store key */
            avatar: string;
        };
        UserSetEmailDto: {
            email: string;
            /** @description the 6-digit bind_email code, or a verification_token of purpose bind_email; required when the app says so (10015) */
            verification_code?: string;
        };
        UserResetPasswordDto: {
            /** @description from /user/verify_code with purpose reset_password */
            verification_token: string;
            password: string;
        };
        UserMobileDto: {
            mobile: string;
        };
        UserChangePasswordDto: {
            old_password: string;
            new_password: string;
        };
        UserChangePasswordAdminDto: {
            password: string;
        };
        UserDeleteDto: {
            /** @description required with a user token; not needed with an admin token */
            password?: string;
        };
        UserIdListDto: {
            /** @description user ids (int64) */
            list: number[];
        };
        UserListItemDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            /**
             * @description 0 normal, 1 disabled
             * @enum {integer}
             */
            status: 0 | 1;
        };
        UserAdminSearchItemDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            /**
             * @description 0 normal, 1 disabled
             * @enum {integer}
             */
            status: 0 | 1;
            nick_name: string | null;
            avatar: string | null;
            /**
             * Format: int64
             * @description registration time, epoch milliseconds
             */
            created_at: number;
        };
        UserBatchResultDto: {
            /**
             * Format: int64
             * @description null when the item named no valid user id
             */
            user_id: number | null;
            success: boolean;
            /** @description why the item failed; null on success */
            reason: string | null;
        };
        UserUpdateProfileBatchItemDto: {
            description?: string;
            nick_name?: string;
            /** @description seen only by the user itself */
            private_info?: string;
            /** @description seen by everyone */
            public_info?: string;
            /**
             * @description ours (extended profile); "" clears it
             * @enum {string}
             */
            gender?: "male" | "female" | "other" | "";
            /**
             * Format: date
             * @description ours (extended profile): YYYY-MM-DD, from 1900-01-01 to today; "" clears it
             * @example 1990-04-30
             */
            birthday?: string;
            /** @description ours (extended profile): free text; "" clears it */
            region?: string;
            /** Format: int64 */
            user_id: number;
        };
        UserUpdateProfileBatchDto: {
            list: components["schemas"]["UserUpdateProfileBatchItemDto"][];
        };
        UserSetAvatarBatchItemDto: {
            /** @description avatar URL or file-store key */
            avatar: string;
            /** Format: int64 */
            user_id: number;
        };
        UserSetAvatarBatchDto: {
            list: components["schemas"]["UserSetAvatarBatchItemDto"][];
        };
        UserSettingsUpdateDto: {
            /**
             * Format: int64
             * @description the acting user; must be that user when sent
             */
            id?: number;
            /**
             * Format: int64
             * @description the acting user; must be that user when sent
             */
            user_id?: number;
            /**
             * @description 0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all
             * @enum {integer}
             */
            auth_mode?: 0 | 1 | 2 | 3;
            /** @description the question asked when auth_mode is 2 */
            auth_question?: string | null;
            /** @description the answer expected when auth_mode is 2 */
            auth_answer?: string | null;
            /** @description download thumbnails and files automatically */
            auto_download?: boolean;
            /** @description group invitations wait for the user to accept */
            group_confirm?: boolean;
            /** @description no push notifications at all */
            no_push?: boolean;
            /** @description push notifications without the message text */
            no_push_detail?: boolean;
            /** @description start of the daily no-push hours */
            no_push_start_hour?: number | null;
            /** @description end of the daily no-push hours */
            no_push_end_hour?: number | null;
            /** @description no sound for new messages */
            no_sounds?: boolean;
            /** @description vibrate for new messages */
            vibratory?: boolean;
            /** @description the sender name shown in push notifications */
            push_nick_name?: string | null;
            /** @description start of the daily silent-push hours */
            silence_start_time?: number | null;
            /** @description end of the daily silent-push hours */
            silence_end_time?: number | null;
            /** @description read-only: accepted only when equal to the calling device's push token */
            push_token?: string;
        };
        UserPrivacyDto: {
            mobile_searchable: boolean;
            username_searchable: boolean;
            poke_allowed: boolean;
            /**
             * @description friend verification: 0 anyone may add; 1 approval needed; 2 correct answer needed; 3 refuse all
             * @enum {integer}
             */
            auth_mode: 0 | 1 | 2 | 3;
            /** @description true: a group invitation waits for the user to accept; false: others add the user to groups directly */
            group_confirm: boolean;
        };
        UserPrivacyUpdateDto: {
            /** @description others may find the user by mobile number (GET /roster/mobile) */
            mobile_searchable?: boolean;
            /** @description others may find the user by exact username (GET /roster/name) */
            username_searchable?: boolean;
            /** @description the user accepts pokes; clients check it before sending one */
            poke_allowed?: boolean;
        };
        ConversationPinDto: {
            /**
             * Format: int64
             * @description the peer's user id for a 1:1 chat, or the group id
             */
            conversation_id: number;
        };
        ConversationUnpinDto: {
            /**
             * Format: int64
             * @description a conversation the user pinned
             */
            conversation_id: number;
        };
        ConversationPinListResponseDto: {
            /** @description most recently pinned first */
            conversation_ids: number[];
        };
        DeviceResponseDto: {
            /** Format: int32 */
            device_sn: number;
            /**
             * @description 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux, 6 web; null when the login named no known platform
             * @enum {integer|null}
             */
            platform: 1 | 2 | 3 | 4 | 5 | 6 | null;
            user_agent: string | null;
            /** Format: int64 */
            user_id: number;
            /** @description the client's own id for the installation, sent as device_guid at login */
            device_guid: string;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds of the latest login with this device
             */
            last_login_at: number;
        };
        DeviceKickBodyDto: {
            /** Format: int32 */
            device_sn: number;
        };
        OnlineStatusResponseDto: {
            /** @description true while the user has a live realtime session */
            online: boolean;
        };
        PushTokenBindDto: {
            /** Format: int32 */
            device_sn: number;
            /** @description the vendor's token for the installation (APNs device token, FCM registration token, …) */
            device_token: string;
            /** @description name of the app's push certificate for the vendor */
            notifier_name: string;
        };
        PushAliasDto: {
            alias: string;
            /** @description set the alias of this device of the user only */
            push_token?: string;
        };
        PushBadgeDto: {
            /** Format: int32 */
            badge: number;
        };
        PushTagListDto: {
            /** @description each 1 to 64 characters */
            tags: string[];
        };
        PushUserRegisterDto: {
            /** @description letters, digits, _ and CJK, 1-64 characters; not all digits; not starting with maxim or mta */
            username: string;
            password: string;
            /** @description the client's device id; when set, the user's first device is created */
            device_guid?: string;
            /** @description the device's push token (needs device_guid); generated when absent */
            push_token?: string;
            /** @description the device's alias (needs device_guid) */
            alias?: string;
            /** @description lowercase hex HMAC-SHA256 with the app secret as key over app_id, username, device_guid, push_token and alias joined by "\n" (absent fields as ""); not needed with the app admin access-token */
            sign?: string;
        };
        UserSyncChangeDto: {
            /**
             * @description friend: a friendship; block: the caller's blocklist; group: the caller's membership of a group or the group's information; group_member: a member of a group the caller is in
             * @enum {string}
             */
            type: "friend" | "block" | "group" | "group_member";
            /**
             * Format: int64
             * @description the friend, the blocked user or the member; absent for type group
             */
            user_id?: number;
            /**
             * Format: int64
             * @description the group; present for types group and group_member
             */
            group_id?: number;
            /** @description the entry went away: friendship ended, unblocked, left or dissolved group, member gone */
            removed: boolean;
            /**
             * Format: int64
             * @description the version of this change
             */
            version: number;
            /** @description friend: the caller's alias for the friend, when set */
            alias?: string;
            /** @description group: the group's name */
            name?: string;
            /** @description group: the group's avatar, when set */
            avatar?: string;
            /**
             * @description group: the caller's role; group_member: the member's role (0 member, 1 admin, 2 owner)
             * @enum {number}
             */
            role?: 0 | 1 | 2;
            /** @description group: the caller's display name there; group_member: the member's; when set */
            display_name?: string;
        };
        FavouriteGroupDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            /** @description absent when the group has none */
            avatar?: string;
            /** Format: int64 */
            owner_id: number;
            member_count: number;
            /**
             * Format: int64
             * @description when the caller saved it, epoch milliseconds
             */
            saved_time: number;
        };
        RosterApplyDto: {
            /**
             * Format: int64
             * @description the user asked to become a friend
             */
            user_id: number;
            /** @description the applicant's name for the target, kept on the applicant's side once friends */
            alias?: string | null;
            /** @description shown to the target with the request */
            reason?: string | null;
            /** @description the answer to the target's auth_question (auth_mode 2) */
            auth_answer?: string | null;
        };
        RosterApplyFailDto: {
            /**
             * Format: int64
             * @description null when the item named no valid user id
             */
            user_id: number | null;
            reason: string;
        };
        RosterApplyBatchResultDto: {
            /** @description user ids whose item succeeded (friends, or request stored) */
            success: number[];
            fails: components["schemas"]["RosterApplyFailDto"][];
        };
        RosterApplyBatchItemDto: {
            /**
             * Format: int64
             * @description the user asked to become a friend
             */
            user_id: number;
            /** @description the applicant's name for the target */
            alias?: string | null;
            /** @description shown to the target with the request */
            reason?: string | null;
        };
        RosterApplicationDto: {
            /**
             * Format: int64
             * @description the applicant
             */
            user_id: number;
            reason: string | null;
            /**
             * @description 0 pending; 1 accepted; 2 declined; 3 expired (ours)
             * @enum {integer}
             */
            status: 0 | 1 | 2 | 3;
            /**
             * Format: int64
             * @description when a pending request expires, epoch milliseconds
             */
            expired_time: number;
        };
        RosterDeclineDto: {
            /**
             * Format: int64
             * @description the applicant whose request is declined
             */
            user_id: number;
            /** @description told to the applicant */
            reason?: string | null;
        };
        RosterItemWithoutNullsDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            nick_name?: string;
            avatar?: string;
            description?: string;
            public_info?: string;
            /**
             * @description 0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all
             * @enum {integer}
             */
            auth_mode: 0 | 1 | 2 | 3;
            /** @description only when auth_mode is 2 */
            auth_question?: string;
            /** @description the caller's private name for this user */
            alias?: string;
            /** @description the caller's private data about this user */
            ext?: string;
            mute_notification: boolean;
            /**
             * @description 0 friend; 1 deleted friend; 2 stranger; 3 blocked by the caller
             * @enum {integer}
             */
            relation: 0 | 1 | 2 | 3;
        };
        RosterDetailsDto: {
            /** @description user ids (int64) */
            list: number[];
        };
        RosterExtDto: {
            /**
             * Format: int64
             * @description the friend
             */
            user_id: number;
            /** @description the caller's private name for the friend */
            alias?: string | null;
            /** @description the caller's private data about the friend */
            ext?: string | null;
            /** @description true: no notifications for messages from this friend */
            mute_notification?: boolean;
        };
        RosterItemDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            nick_name: string | null;
            avatar: string | null;
            description: string | null;
            public_info: string | null;
            /**
             * @description 0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all
             * @enum {integer}
             */
            auth_mode: 0 | 1 | 2 | 3;
            /** @description only when auth_mode is 2 */
            auth_question: string | null;
            /** @description the caller's private name for this user */
            alias: string | null;
            /** @description the caller's private data about this user */
            ext: string | null;
            mute_notification: boolean;
            /**
             * @description 0 friend; 1 deleted friend; 2 stranger; 3 blocked by the caller
             * @enum {integer}
             */
            relation: 0 | 1 | 2 | 3;
        };
        RosterRelationshipDto: {
            /** Format: int64 */
            user_id: number;
            /** @description each has the other as a friend (friendship is always mutual here) */
            friends: boolean;
            /** @description the caller blocks user_id */
            blocking: boolean;
            /** @description user_id blocks the caller */
            blocked_by: boolean;
        };
        RosterGroupDto: {
            /** Format: int64 */
            friend_group_id: number;
            name: string;
            /** @description current friends in the group, ascending */
            members: number[];
        };
        RosterGroupCreateDto: {
            /** @description unique among the caller's friend groups; trimmed */
            name: string;
            /** @description friends' user ids */
            members?: number[];
        };
        RosterGroupRenameDto: {
            /**
             * Format: int64
             * @description one of the caller's friend groups
             */
            friend_group_id: number;
            /** @description unique among the caller's friend groups; trimmed */
            name: string;
        };
        RosterGroupMembersDto: {
            /**
             * Format: int64
             * @description one of the caller's friend groups
             */
            friend_group_id: number;
            /** @description friends' user ids */
            members: number[];
        };
        GroupLocationDto: {
            latitude: number;
            longitude: number;
            address: string | null;
        };
        GroupBatchResultDto: {
            /** Format: int64 */
            user_id: number;
            /** @enum {string} */
            result: "success" | "fail";
            reason: string | null;
        };
        GroupCreateResponseDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            avatar: string | null;
            description: string | null;
            ext: string | null;
            /** Format: int64 */
            owner_id: number;
            /**
             * @description 0 private, 1 public, 2 chatroom
             * @enum {integer}
             */
            type: 0 | 1 | 2;
            /**
             * @description 0 normal, 1 destroyed
             * @enum {integer}
             */
            status: 0 | 1;
            /**
             * Format: int64
             * @description most members the group holds
             */
            capacity: number;
            /**
             * Format: int64
             * @description members now
             */
            count: number;
            /** @enum {integer} */
            apply_approval: 0 | 1 | 2;
            /**
             * Format: int64
             * @description end of the ban-all in epoch seconds: 0 or past none, -1 forever
             */
            ban_expire_time: number;
            member_invite: boolean;
            member_modify: boolean;
            read_ack: boolean;
            history_visible: boolean;
            hide_member_info: boolean;
            /**
             * @description the caller's own mute mode; 0 when the caller is not a member
             * @enum {integer}
             */
            msg_mute_mode: 0 | 1 | 2;
            /**
             * @description the caller's own push mode; 0 when the caller is not a member
             * @enum {integer}
             */
            msg_push_mode: 0 | 1 | 2 | 3 | 4;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_at: number;
            /** @description ours: where the group meets; left out when none is set, so MaxIM clients see their usual object */
            location?: components["schemas"]["GroupLocationDto"];
            /** @description one item per distinct user of the request's user_list: success with reason null (added), success with a reason (invited), or fail */
            user_list_results: components["schemas"]["GroupBatchResultDto"][];
        };
        GroupCreateDto: {
            name: string;
            /**
             * @description 0 private, 1 public, 2 chatroom
             * @default 0
             * @enum {integer}
             */
            type: 0 | 1 | 2;
            avatar?: string;
            description?: string;
            /** @description users to add, or to invite when their group_confirm setting is on */
            user_list?: number[];
        };
        GroupTransferDto: {
            /** Format: int64 */
            group_id: number;
            /**
             * Format: int64
             * @description the member who becomes the owner
             */
            new_owner: number;
        };
        GroupAppListItemDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            /** Format: int64 */
            owner_id: number;
            /**
             * Format: int64
             * @description members now
             */
            member_count: number;
            /**
             * Format: int64
             * @description most members the group holds
             */
            capacity: number;
            /**
             * @description 0 private, 1 public, 2 chatroom (as in /group/info)
             * @enum {integer}
             */
            type: 0 | 1 | 2;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
        };
        GroupUserListDto: {
            /** Format: int64 */
            group_id: number;
            /** @description user ids */
            user_list: number[];
        };
        GroupMemberDto: {
            /** Format: int64 */
            user_id: number;
            /** @description the member's display name in this group; null when none is set */
            display_name: string | null;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            join_time: number;
        };
        GroupMemberWithoutNullsDto: {
            /** Format: int64 */
            user_id: number;
            /** @description the member's display name in this group; null when none is set */
            display_name?: string;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            join_time: number;
        };
        GroupDisplayNameDto: {
            /** Format: int64 */
            group_id: number;
            /** @description "" clears the display name */
            value: string;
        };
        GroupMuteModeDto: {
            /** Format: int64 */
            group_id: number;
            /**
             * @description 0 receive and notify, 1 receive without local notification, 2 do not receive
             * @enum {integer}
             */
            msg_mute_mode: 0 | 1 | 2;
        };
        GroupNotDisturbDto: {
            /** Format: int64 */
            group_id: number;
            /** @description true: mute mode 1 (receive without local notification); false: mute mode 0 */
            value: boolean;
        };
        GroupPushModeDto: {
            /** Format: int64 */
            group_id: number;
            /**
             * @description 0 all, 1 none, 2 admin and @ messages, 3 admin messages only, 4 @ messages only
             * @enum {integer}
             */
            msg_push_mode: 0 | 1 | 2 | 3 | 4;
        };
        GroupInfoResponseWithoutNullsDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            avatar?: string;
            description?: string;
            ext?: string;
            /** Format: int64 */
            owner_id: number;
            /**
             * @description 0 private, 1 public, 2 chatroom
             * @enum {integer}
             */
            type: 0 | 1 | 2;
            /**
             * @description 0 normal, 1 destroyed
             * @enum {integer}
             */
            status: 0 | 1;
            /**
             * Format: int64
             * @description most members the group holds
             */
            capacity: number;
            /**
             * Format: int64
             * @description members now
             */
            count: number;
            /** @enum {integer} */
            apply_approval: 0 | 1 | 2;
            /**
             * Format: int64
             * @description end of the ban-all in epoch seconds: 0 or past none, -1 forever
             */
            ban_expire_time: number;
            member_invite: boolean;
            member_modify: boolean;
            read_ack: boolean;
            history_visible: boolean;
            hide_member_info: boolean;
            /**
             * @description the caller's own mute mode; 0 when the caller is not a member
             * @enum {integer}
             */
            msg_mute_mode: 0 | 1 | 2;
            /**
             * @description the caller's own push mode; 0 when the caller is not a member
             * @enum {integer}
             */
            msg_push_mode: 0 | 1 | 2 | 3 | 4;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_at: number;
            /** @description ours: where the group meets; left out when none is set, so MaxIM clients see their usual object */
            location?: components["schemas"]["GroupLocationDto"];
        };
        GroupBriefWithoutNullsDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            avatar?: string;
            /**
             * Format: int64
             * @description the owner's user id
             */
            owner: number;
            /** @enum {integer} */
            type: 0 | 1 | 2;
            /** @enum {integer} */
            status: 0 | 1;
            /** Format: int64 */
            capacity: number;
            /**
             * Format: int64
             * @description members now
             */
            count: number;
            /** @enum {integer} */
            apply_approval: 0 | 1 | 2;
            /** @enum {integer} */
            msg_mute_mode: 0 | 1 | 2;
            /** @enum {integer} */
            msg_push_mode: 0 | 1 | 2 | 3 | 4;
        };
        GroupInfoBatchDto: {
            /** @description group ids */
            group_list: number[];
        };
        GroupSetLocationDto: {
            /** Format: int64 */
            group_id: number;
            /** @description latitude in decimal degrees (WGS 84) */
            latitude: number;
            /** @description longitude in decimal degrees (WGS 84) */
            longitude: number;
            /** @description a postal address or place name; absent, null or "" for none */
            address?: string | null;
        };
        GroupSetNameDto: {
            /** Format: int64 */
            group_id: number;
            value: string;
        };
        GroupSetAvatarDto: {
            /** Format: int64 */
            group_id: number;
            value: string;
        };
        GroupSetDescriptionDto: {
            /** Format: int64 */
            group_id: number;
            value: string;
        };
        GroupSetExtDto: {
            /** Format: int64 */
            group_id: number;
            value: string;
        };
        GroupInfoResponseDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            avatar: string | null;
            description: string | null;
            ext: string | null;
            /** Format: int64 */
            owner_id: number;
            /**
             * @description 0 private, 1 public, 2 chatroom
             * @enum {integer}
             */
            type: 0 | 1 | 2;
            /**
             * @description 0 normal, 1 destroyed
             * @enum {integer}
             */
            status: 0 | 1;
            /**
             * Format: int64
             * @description most members the group holds
             */
            capacity: number;
            /**
             * Format: int64
             * @description members now
             */
            count: number;
            /** @enum {integer} */
            apply_approval: 0 | 1 | 2;
            /**
             * Format: int64
             * @description end of the ban-all in epoch seconds: 0 or past none, -1 forever
             */
            ban_expire_time: number;
            member_invite: boolean;
            member_modify: boolean;
            read_ack: boolean;
            history_visible: boolean;
            hide_member_info: boolean;
            /**
             * @description the caller's own mute mode; 0 when the caller is not a member
             * @enum {integer}
             */
            msg_mute_mode: 0 | 1 | 2;
            /**
             * @description the caller's own push mode; 0 when the caller is not a member
             * @enum {integer}
             */
            msg_push_mode: 0 | 1 | 2 | 3 | 4;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_at: number;
            /** @description ours: where the group meets; left out when none is set, so MaxIM clients see their usual object */
            location?: components["schemas"]["GroupLocationDto"];
        };
        GroupSetSettingDto: {
            /** Format: int64 */
            group_id: number;
            value: boolean;
        };
        GroupSetApplyApprovalDto: {
            /** Format: int64 */
            group_id: number;
            /**
             * @description 0 accept every application, 1 admins approve, 2 refuse every application
             * @enum {integer}
             */
            apply_approval: 0 | 1 | 2;
        };
        GroupAnnouncementDto: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            group_id: number;
            title: string;
            content: string;
            /**
             * Format: int64
             * @description the author's user id; null when the app published it as the group's admin
             */
            author: number | null;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
        };
        GroupAnnouncementEditDto: {
            /** Format: int64 */
            group_id: number;
            /** @description may be empty */
            title: string;
            content: string;
        };
        GroupFileDto: {
            /** Format: int64 */
            file_id: number;
            /** Format: int64 */
            group_id: number;
            name: string;
            /**
             * Format: int64
             * @description bytes
             */
            size: number;
            type: string | null;
            url: string;
            /**
             * Format: int64
             * @description the uploader's user id; null when the app recorded it as the group's admin
             */
            uploader: number | null;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_at: number;
        };
        GroupFileUploadDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            /**
             * Format: int64
             * @description bytes
             */
            size: number;
            /** @description free text, for example a MIME type */
            type?: string;
            url: string;
        };
        GroupFileRenameDto: {
            /** Format: int64 */
            group_id: number;
            /** Format: int64 */
            file_id: number;
            name: string;
        };
        GroupFileDeleteResultDto: {
            /** Format: int64 */
            file_id: number;
            /** @enum {string} */
            result: "success" | "fail";
            reason: string | null;
        };
        GroupFileDeleteDto: {
            /** Format: int64 */
            group_id: number;
            /** @description file ids */
            file_list: number[];
        };
        GroupInviteDto: {
            /** Format: int64 */
            group_id: number;
            /** @description user ids */
            user_list: number[];
            /** @description shown to the invitees */
            reason?: string;
        };
        GroupApprovalDto: {
            /** Format: int64 */
            group_id: number;
            /**
             * Format: int64
             * @description invite/handle: the inviter; apply/handle: the applicant
             */
            user_id: number;
            /** @description true accepts, false declines */
            approval: boolean;
        };
        GroupInvitationDto: {
            /** Format: int64 */
            group_id: number;
            /** Format: int64 */
            inviter_id: number;
            /** Format: int64 */
            invitee_id: number;
            reason: string | null;
            /** @description 0 pending; 1 accepted; 2 declined; 3 expired (ours) */
            status: number;
            /**
             * Format: int64
             * @description when a pending invitation expires, epoch milliseconds
             */
            expired_time: number;
            /** Format: date-time */
            updated_at: string;
        };
        GroupApplyDto: {
            /** Format: int64 */
            group_id: number;
            /** @description shown to the group's admins */
            reason?: string;
        };
        GroupApplicationDto: {
            /** Format: int64 */
            applicant_id: number;
            /** Format: int64 */
            group_id: number;
            reason: string | null;
            /** @description 0 pending; 1 accepted; 2 declined; 3 expired (ours) */
            status: number;
            /**
             * Format: int64
             * @description when a pending application expires, epoch milliseconds
             */
            expired_time: number;
        };
        GroupApplicationListDto: {
            /** @description group ids (int64) */
            group_list: number[];
        };
        GroupQrCodeDto: {
            /** @description the opaque text to show as a QR code; POST /group/qrcode/invite takes it back */
            qr_info: string;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            create_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds; joining after it answers 20025
             */
            expire_at: number;
        };
        GroupQrInviteDto: {
            /** @description the qr_info of GET /group/qrcode/sign */
            qr_info: string;
        };
        GroupBanDto: {
            /** Format: int64 */
            group_id: number;
            /** @description user ids */
            user_list: number[];
            /** @description minutes the members may not send messages */
            duration: number;
        };
        GroupBannedMemberDto: {
            /** Format: int64 */
            user_id: number;
            /** @description the member's display name in the group */
            display_name: string | null;
            /**
             * Format: int64
             * @description when the member joined, epoch milliseconds
             */
            join_time: number;
            /**
             * Format: int64
             * @description when the ban ends, epoch milliseconds
             */
            expired_time: number;
        };
        GroupBanAllResponseDto: {
            /**
             * Format: int64
             * @description end of the ban-all in epoch seconds; -1 forever
             */
            ban_expire_time: number;
        };
        GroupBanAllDto: {
            /** Format: int64 */
            group_id: number;
            /**
             * @description minutes only admins may send; -1 for no end
             * @example 60
             */
            duration: number;
        };
        GroupUnbanAllDto: {
            /** Format: int64 */
            group_id: number;
        };
        GroupBlockedUserDto: {
            /** Format: int64 */
            group_id: number;
            /** Format: int64 */
            user_id: number;
            /**
             * Format: date-time
             * @description when the user was blocked (ISO 8601, as the swagger types it)
             */
            created_at: string;
        };
        MessageSendDto: {
            /**
             * @description 1: targets are users; 2: targets are groups
             * @enum {number}
             */
            type: 1 | 2;
            /** @description receiving user ids or group ids, 1-500 */
            targets: number[];
            /** @description 0 TEXT … 7 FORWARD, 8 RTC; 9 READ_ACK, 10 RECALL, 11 APPEND, 12 REPLACE act on related_mid */
            content_type: number;
            content: string;
            attachment?: string | null;
            config?: string | null;
            ext?: string | null;
            /**
             * Format: int64
             * @description the sender; admin tokens only (a user token may name only itself)
             */
            from_user_id?: number;
            /** @description deliver only to receivers online now; nothing is stored */
            online_only?: boolean;
            /**
             * Format: int64
             * @description the message a READ_ACK, RECALL, APPEND or REPLACE acts on
             */
            related_mid?: number;
            /**
             * Format: int64
             * @description a resend with the same id (same sender, same receiver) returns the first result
             */
            transaction_id?: number;
        };
        BroadcastResultDto: {
            /**
             * Format: int64
             * @description users the broadcast is being sent to
             */
            send_num: number;
            success: boolean;
        };
        MessageBroadcastDto: {
            /**
             * @description 1: users (the only target type of a broadcast)
             * @enum {number}
             */
            type: 1;
            /** @description 0 TEXT … 6 COMMAND */
            content_type: number;
            content?: string | null;
            attachment?: string | null;
            config?: string | null;
            ext?: string | null;
        };
        MessageRecallDto: {
            /**
             * Format: int64
             * @description the peer user id or the group id
             */
            conversation_id: number;
            /** Format: int64 */
            msg_id: number;
        };
        XidDto: {
            /** Format: int64 */
            uid: number;
            device_sn: number;
        };
        MessageDto: {
            /** Format: int64 */
            msg_id: number;
            from_xid: components["schemas"]["XidDto"];
            to_xid: components["schemas"]["XidDto"];
            /** @description TEXT, IMAGE, AUDIO, VIDEO, FILE, LOCATION, COMMAND, FORWARD, RTC */
            ctype: string;
            content: string;
            attachment?: string | null;
            config?: string | null;
            ext?: string | null;
            /** @description UNREAD, DELIVERED or READ */
            status?: string;
            /** @description CHAT or GROUPCHAT */
            type?: string;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            timestamp: number;
        };
        MessageHistoryDto: {
            messages: components["schemas"]["MessageDto"][];
            /**
             * Format: int64
             * @description pass as msg_id_start for the next (older) page; 0 on the last page
             */
            next_msg_id: number;
            /** @description true when no older message is left */
            is_last: boolean;
        };
        ConversationUidDto: {
            /**
             * Format: int64
             * @description the peer user id or the group id
             */
            uid: number;
        };
        UnreadConversationDto: {
            conversation_id: components["schemas"]["ConversationUidDto"];
            num: number;
        };
        AiReplyListDto: {
            messages: components["schemas"]["MessageDto"][];
            message_quota_usage: number;
        };
        ServerAddressDto: {
            /** @enum {string} */
            protocol: "http" | "https";
            /** @description host[:port], plus the base path for ratel when PUBLIC_URL has one */
            host: string;
            ip_list?: string[];
        };
        ClusterDto: {
            /** @description REST base */
            ratel: components["schemas"]["ServerAddressDto"][];
            /** @description socket.io endpoint of the xsync gateway */
            webim: components["schemas"]["ServerAddressDto"][];
            /** @description RTC host (this server; it runs no media server) */
            rtc: components["schemas"]["ServerAddressDto"][];
        };
        DnsGroupDto: {
            /** @description the SDK uses the group with level 0 */
            group_level: number;
            clusters: components["schemas"]["ClusterDto"][];
        };
        AppDnsResponseDto: {
            version: number;
            /** @description normal; the SDK stops on banned, frozen or revoked */
            app_status: string;
            dns_list: components["schemas"]["DnsGroupDto"][];
            /** @description always empty: this server is its own DNS */
            dns_server_list: Record<string, never>[];
            /** @description always empty */
            link_server_list: Record<string, never>[];
        };
        HealthResponseDto: {
            /** @enum {string} */
            status: "ok";
        };
        AppConfigResponseDto: {
            app_id: string;
            platform: number;
            /** @description hide member profiles in groups app-wide (this server: never) */
            hide_member_info: boolean;
            /** @description ours: the app's client configuration set by its operator (PUT /app/configs); public like the rest of this answer */
            configs: {
                [key: string]: string;
            };
        };
        PushNotifyResponseDto: {
            /**
             * Format: int64
             * @description for /push/task/detail
             */
            task_id: number;
        };
        PushSettingDto: {
            /** @description dedupe key: a repeated id answers the first task and sends nothing */
            request_id?: string;
            /**
             * @default combined
             * @enum {string}
             */
            distribution_strategy: "combined" | "mxpush_only" | "ospush_only";
            /**
             * @default [
             *       "ups",
             *       "fcm"
             *     ]
             */
            ospush_sequence: ("ups" | "fcm" | "huawei" | "xiaomi" | "oppo" | "vivo" | "meizu")[];
        };
        IosOptionsDto: {
            sound?: string;
            content_available?: boolean;
            mutable_content?: boolean;
            category?: string;
            thread_id?: string;
            subtitle?: string;
            /** @description at most 64 bytes (APNs) */
            apns_collapse_id?: string;
        };
        AndroidOptionsDto: {
            sound?: string;
            channel_id?: string;
            /** @enum {string} */
            click_action?: "intent" | "open_app";
            /** @description required when click_action is intent */
            intent?: string;
        };
        HuaweiOptionsDto: {
            sound?: string;
            channel_id?: string;
            /** @enum {string} */
            click_action?: "intent" | "open_app";
            /** @description required when click_action is intent */
            intent?: string;
            badge_class?: string;
        };
        VivoOptionsDto: {
            sound?: string;
            channel_id?: string;
            /** @enum {string} */
            click_action?: "intent" | "open_app";
            /** @description required when click_action is intent */
            intent?: string;
            /** @enum {number} */
            push_mode?: 0 | 1;
            /** @enum {number} */
            classification?: 0 | 1;
        };
        PushMessageDto: {
            /**
             * @default text
             * @enum {string}
             */
            type: "text" | "image" | "cmd";
            title?: string;
            body?: string;
            /** @description http(s) URL; for type image it ends with .jpg, .jpeg or .png */
            attachment_url?: string;
            big_text?: string;
            /** @description a number sets the badge; "+N" adds N to each device's stored badge; default "+1" */
            badge?: string;
            ext?: {
                [key: string]: unknown;
            };
            /**
             * Format: int64
             * @description seconds; deliver from then on
             */
            show_begin_time?: number;
            /**
             * Format: int64
             * @description seconds; nothing is delivered after it
             */
            show_end_time?: number;
            ios?: components["schemas"]["IosOptionsDto"];
            android?: components["schemas"]["AndroidOptionsDto"];
            huawei?: components["schemas"]["HuaweiOptionsDto"];
            xiaomi?: components["schemas"]["AndroidOptionsDto"];
            oppo?: components["schemas"]["AndroidOptionsDto"];
            vivo?: components["schemas"]["VivoOptionsDto"];
            flyme?: components["schemas"]["AndroidOptionsDto"];
            fcm?: components["schemas"]["AndroidOptionsDto"];
        };
        PushNotifyDto: {
            /** @description "all", or one of {tag:[…]}, {alias:[…]}, {user_id:[…]}, {push_token:[…]} (each list 1 to 500 entries, else 12005) */
            audience: "all" | {
                tag?: string[];
                alias?: string[];
                user_id?: number[];
                push_token?: string[];
            };
            setting?: components["schemas"]["PushSettingDto"];
            message: components["schemas"]["PushMessageDto"];
        };
        PushTaskDetailDto: {
            list: number[];
        };
        PushAudienceSummaryDto: {
            /**
             * @description recipients: an offline-message push's users
             * @enum {string}
             */
            kind: "all" | "tag" | "alias" | "user_id" | "push_token" | "recipients";
            /** @description entries of the list (tags, aliases, users, tokens, recipients); null for all */
            size: number | null;
        };
        PushChannelCountsDto: {
            /** @enum {string} */
            channel: "apns" | "fcm" | "huawei" | "xiaomi" | "oppo" | "vivo" | "flyme" | "mxpush";
            /** @description deliveries routed to the channel */
            target: number;
            /** @description accepted by the vendor, or reached on a live socket */
            sent: number;
            received: number;
            /** @description refused or given up (skipped deliveries are neither sent nor failed) */
            failed: number;
            /** @description why the channel stopped for the task (a fatal configuration answer), else null */
            failure: string | null;
        };
        PushCountTotalsDto: {
            target: number;
            sent: number;
            received: number;
            failed: number;
        };
        PushTaskSummaryDto: {
            /** Format: int64 */
            task_id: number;
            /** @enum {string} */
            kind: "notify" | "message";
            /**
             * Format: int64
             * @description epoch ms
             */
            created_at: number;
            /**
             * @description queued (waiting, e.g. for show_begin_time), resolving (audience being read), sending (every batch queued), done (every delivery settled), expired (show_end_time passed before the fan-out)
             * @enum {string}
             */
            status: "queued" | "resolving" | "sending" | "done" | "expired";
            /**
             * Format: int64
             * @description epoch ms when the last delivery settled (status done), else null
             */
            finished_at: number | null;
            audience: components["schemas"]["PushAudienceSummaryDto"];
            /** @description message.type of a notify task; null for an offline-message push */
            message_type: string | null;
            /** @description message.title of a notify task; null when none */
            title: string | null;
            /** @description the first 200 characters of the body (notify) or the message text (offline-message push) */
            summary: string | null;
            /** @description the channels the task used, in /push/task/detail order */
            channels: components["schemas"]["PushChannelCountsDto"][];
            totals: components["schemas"]["PushCountTotalsDto"];
        };
        PushCertificateResponseDto: {
            /** @description the notifier_name of /user/token/bind */
            name: string;
            /** @description 1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM */
            provider: number;
            /** @description 0 development, 1 production */
            environment: number;
            app_id: string | null;
            app_key: string | null;
            /** @description masked */
            app_secret: string | null;
            /** @description masked */
            certificate: string | null;
            key_id: string | null;
            team_id: string | null;
            bundle_id: string | null;
            package_name: string | null;
        };
        PushCertificateCreateDto: {
            /** @description the vendor's app id (Huawei client id, Xiaomi/Meizu/vivo AppID) */
            app_id?: string;
            /** @description vivo/OPPO AppKey */
            app_key?: string;
            /** @description Huawei client secret, Xiaomi/Meizu/vivo AppSecret, OPPO MasterSecret (stored encrypted) */
            app_secret?: string;
            /** @description APNs .p8 private key (PEM) or the FCM service-account JSON (stored encrypted) */
            certificate?: string;
            /** @description APNs Key ID */
            key_id?: string;
            /** @description APNs Team ID */
            team_id?: string;
            /** @description APNs topic: the iOS bundle id */
            bundle_id?: string;
            /** @description Android package name (Xiaomi restricted_package_name) */
            package_name?: string;
            /** @description the certificate name: /user/token/bind notifier_name */
            name: string;
            /**
             * @description 1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM
             * @enum {number}
             */
            provider: 1 | 2 | 3 | 4 | 5 | 6 | 7;
            /**
             * @default 1
             * @enum {number}
             */
            environment: 0 | 1;
        };
        PushCertificateUpdateDto: {
            /** @description the vendor's app id (Huawei client id, Xiaomi/Meizu/vivo AppID) */
            app_id?: string;
            /** @description vivo/OPPO AppKey */
            app_key?: string;
            /** @description Huawei client secret, Xiaomi/Meizu/vivo AppSecret, OPPO MasterSecret (stored encrypted) */
            app_secret?: string;
            /** @description APNs .p8 private key (PEM) or the FCM service-account JSON (stored encrypted) */
            certificate?: string;
            /** @description APNs Key ID */
            key_id?: string;
            /** @description APNs Team ID */
            team_id?: string;
            /** @description APNs topic: the iOS bundle id */
            bundle_id?: string;
            /** @description Android package name (Xiaomi restricted_package_name) */
            package_name?: string;
            name: string;
            /** @enum {number} */
            environment?: 0 | 1;
        };
        PushCertificateDeleteDto: {
            name: string;
        };
        FileUploadResponseDto: {
            /** @description where to send the bytes; null for a forward (nothing to upload) */
            upload_url: string | null;
            /**
             * @description POST: multipart/form-data with the oss_body_param fields and the file last, in a part named "file"; null for a forward
             * @enum {string|null}
             */
            upload_method: "POST" | "PUT" | null;
            oss_body_param: {
                [key: string]: string;
            };
            /** @description the URL messages and profiles carry */
            download_url: string;
        };
        TokenResponseDto: {
            /** @description send as the access-token header */
            token: string;
            /** Format: int64 */
            user_id: number;
            /**
             * Format: int64
             * @description expiry, epoch milliseconds
             */
            expire: number;
            /** @description only when device_guid was sent */
            push_token?: string;
            /**
             * Format: int32
             * @description device number of device_guid for this user
             */
            device_sn?: number;
            /** @description download credential for /file/download/* (query store_token) where the access-token header cannot be sent; expires and is revoked with token */
            store_token: string;
            /**
             * Format: int32
             * @description 0: connections are not end-to-end encrypted
             */
            encrypt_type: number;
            /** @description always "": no encrypted connection is offered (encrypt_type 0), so there is no key; MaxIM answers the field and its SDK stores it */
            public_key: string;
        };
        TokenByUsernameDto: {
            /** @description the client's device id; when set, the device is registered and push_token returned */
            device_guid?: string;
            password: string;
            /** @description ours: from GET /user/captcha/image, when the app asks for a captcha after failed logins (10016) */
            captcha_id?: string;
            /** @description ours: the characters in the captcha image, any case */
            captcha?: string;
            /** @description username */
            name: string;
        };
        TokenByUserIdDto: {
            /** @description the client's device id; when set, the device is registered and push_token returned */
            device_guid?: string;
            password: string;
            /** @description ours: from GET /user/captcha/image, when the app asks for a captcha after failed logins (10016) */
            captcha_id?: string;
            /** @description ours: the characters in the captcha image, any case */
            captcha?: string;
            /** Format: int64 */
            user_id: number;
        };
        TokenByLoginNameDto: {
            /** @description the client's device id; when set, the device is registered and push_token returned */
            device_guid?: string;
            password: string;
            /** @description ours: from GET /user/captcha/image, when the app asks for a captcha after failed logins (10016) */
            captcha_id?: string;
            /** @description ours: the characters in the captcha image, any case */
            captcha?: string;
            /** @description username, mobile or email */
            login_name: string;
        };
        TokenByCodeDto: {
            /** @description send this or email */
            mobile?: string;
            /** @description send this or mobile */
            email?: string;
            /** @description the client's device id; when set, the device is registered and push_token returned */
            device_guid?: string;
            /** @description the 6-digit login code from /user/send_code, or a verification_token of purpose login */
            verification_code: string;
        };
        TokenIssueDto: {
            /** @description the client's device id; when set, the device is registered and push_token returned */
            device_guid?: string;
            /** Format: int64 */
            user_id: number;
            /** @description lifetime in seconds, 60 to 31536000 (default USER_TOKEN_TTL_SECONDS) */
            ttl?: number;
        };
        WebhookEndpointCreatedDto: {
            /** Format: int64 */
            id: number;
            url: string;
            event_types: ("message.stored" | "message.recalled" | "message.read" | "user.registered" | "user.deleted" | "user.disabled" | "roster.added" | "roster.removed" | "group.created" | "group.destroyed" | "group.member_joined" | "group.member_left" | "push.task_finished")[];
            enabled: boolean;
            with_content: boolean;
            /** @description the last 4 characters of the secret */
            secret_hint: string;
            /**
             * Format: int64
             * @description epoch ms
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch ms
             */
            updated_at: number;
            /** @description the HMAC key; store it now, later answers show only its hint */
            secret: string;
        };
        WebhookEndpointCreateDto: {
            /** @description http(s) URL the server POSTs to; loopback, private, link-local and metadata hosts only when WEBHOOK_ALLOW_HOSTS names them */
            url: string;
            /** @description the HMAC key, 16 to 256 characters; generated when left out */
            secret?: string;
            /** @description the events this endpoint is sent */
            event_types: ("message.stored" | "message.recalled" | "message.read" | "user.registered" | "user.deleted" | "user.disabled" | "roster.added" | "roster.removed" | "group.created" | "group.destroyed" | "group.member_joined" | "group.member_left" | "push.task_finished")[];
            /**
             * @description false pauses deliveries; queued ones are dropped
             * @default true
             */
            enabled: boolean;
            /**
             * @description false leaves content, attachment, config and ext out of message events
             * @default true
             */
            with_content: boolean;
        };
        WebhookEndpointDto: {
            /** Format: int64 */
            id: number;
            url: string;
            event_types: ("message.stored" | "message.recalled" | "message.read" | "user.registered" | "user.deleted" | "user.disabled" | "roster.added" | "roster.removed" | "group.created" | "group.destroyed" | "group.member_joined" | "group.member_left" | "push.task_finished")[];
            enabled: boolean;
            with_content: boolean;
            /** @description the last 4 characters of the secret */
            secret_hint: string;
            /**
             * Format: int64
             * @description epoch ms
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch ms
             */
            updated_at: number;
        };
        WebhookEndpointUpdateDto: {
            /**
             * Format: int64
             * @description the endpoint
             */
            id: number;
            /** @description http(s) URL the server POSTs to; loopback, private, link-local and metadata hosts only when WEBHOOK_ALLOW_HOSTS names them */
            url?: string;
            /** @description the HMAC key, 16 to 256 characters; generated when left out */
            secret?: string;
            event_types?: ("message.stored" | "message.recalled" | "message.read" | "user.registered" | "user.deleted" | "user.disabled" | "roster.added" | "roster.removed" | "group.created" | "group.destroyed" | "group.member_joined" | "group.member_left" | "push.task_finished")[];
            enabled?: boolean;
            with_content?: boolean;
        };
        WebhookEndpointIdDto: {
            /**
             * Format: int64
             * @description the endpoint
             */
            id: number;
        };
        WebhookAttemptDto: {
            /** Format: int64 */
            id: number;
            /** Format: uuid */
            event_id: string;
            /** @enum {string} */
            event_type: "message.stored" | "message.recalled" | "message.read" | "user.registered" | "user.deleted" | "user.disabled" | "roster.added" | "roster.removed" | "group.created" | "group.destroyed" | "group.member_joined" | "group.member_left" | "push.task_finished";
            /** @description 1 for the first attempt of a delivery */
            attempt: number;
            /** @description true when the receiver answered 2xx */
            delivered: boolean;
            /** @description the receiver's HTTP status; null when it did not answer */
            response_code: number | null;
            /** @description ms from sending the request to the end of the answer (or the failure) */
            latency_ms: number;
            error: string | null;
            /**
             * Format: int64
             * @description epoch ms
             */
            created_at: number;
        };
        WebhookReplayResultDto: {
            /** @description deliveries queued (events × endpoints) */
            queued: number;
        };
        WebhookReplayDto: {
            /**
             * Format: int64
             * @description replay to this endpoint only; by default to every enabled endpoint that wants the event type
             */
            endpoint_id?: number;
            /**
             * Format: uuid
             * @description the event to send again (its event id is kept)
             */
            event_id?: string;
            /**
             * Format: int64
             * @description start of the time range, epoch ms (with `to`)
             */
            from?: number;
            /**
             * Format: int64
             * @description end of the time range, epoch ms, exclusive
             */
            to?: number;
        };
        BeforeSendDto: {
            url: string;
            timeout_ms: number;
            /** @enum {string} */
            on_timeout: "allow" | "refuse";
            enabled: boolean;
            /** @description the last 4 characters of the secret */
            secret_hint: string;
            /**
             * Format: int64
             * @description epoch ms
             */
            updated_at: number;
        };
        BeforeSendSavedDto: {
            url: string;
            timeout_ms: number;
            /** @enum {string} */
            on_timeout: "allow" | "refuse";
            enabled: boolean;
            /** @description the last 4 characters of the secret */
            secret_hint: string;
            /**
             * Format: int64
             * @description epoch ms
             */
            updated_at: number;
            /** @description the HMAC key of the hook requests */
            secret: string;
        };
        BeforeSendUpdateDto: {
            /** @description http(s) URL the server POSTs to; loopback, private, link-local and metadata hosts only when WEBHOOK_ALLOW_HOSTS names them */
            url: string;
            /** @description the HMAC key, 16 to 256 characters; generated when left out */
            secret?: string;
            /** @description how long a send waits for the verdict, in ms */
            timeout_ms: number;
            /**
             * @description what happens to a message when the hook does not answer in time or answers no verdict
             * @enum {string}
             */
            on_timeout: "allow" | "refuse";
            /** @default true */
            enabled: boolean;
        };
        UserSearchItemDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            nick_name: string | null;
            avatar: string | null;
        };
        GroupSearchItemDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            avatar: string | null;
            description: string | null;
            /**
             * Format: int64
             * @description members now
             */
            count: number;
            /**
             * Format: int64
             * @description most members the group holds
             */
            capacity: number;
            /**
             * @description how applications are handled: 0 accept all, 1 admin approval, 2 refuse all
             * @enum {number}
             */
            apply_approval: 0 | 1 | 2;
        };
        NearbyUserDto: {
            /** Format: int64 */
            user_id: number;
            username: string;
            nick_name: string | null;
            avatar: string | null;
            /** @description the centre of the user’s 0.01° cell */
            latitude: number;
            /** @description the centre of the user’s 0.01° cell */
            longitude: number;
            /**
             * Format: int64
             * @description metres from the caller to the cell, in steps of 100
             */
            distance: number;
            /**
             * Format: int64
             * @description when the location was shared, epoch milliseconds
             */
            located_at: number;
            /**
             * Format: int64
             * @description seconds since the location was shared
             */
            location_age: number;
        };
        NearbyGroupDto: {
            /** Format: int64 */
            group_id: number;
            name: string;
            avatar: string | null;
            description: string | null;
            /**
             * Format: int64
             * @description members now
             */
            count: number;
            /**
             * Format: int64
             * @description most members the group holds
             */
            capacity: number;
            /**
             * @description how applications are handled: 0 accept all, 1 admin approval, 2 refuse all
             * @enum {number}
             */
            apply_approval: 0 | 1 | 2;
            latitude: number;
            longitude: number;
            address: string | null;
            /**
             * Format: int64
             * @description metres from the caller, in steps of 100
             */
            distance: number;
        };
        UserLocationDto: {
            /** @description snapped to 0.01° */
            latitude: number;
            /** @description snapped to 0.01° */
            longitude: number;
            /**
             * Format: int64
             * @description when it was shared, epoch milliseconds
             */
            located_at: number;
            /**
             * Format: int64
             * @description seconds since it was shared
             */
            location_age: number;
        };
        UserLocationUpdateDto: {
            /** @description latitude in decimal degrees (WGS 84) */
            latitude: number;
            /** @description longitude in decimal degrees (WGS 84) */
            longitude: number;
        };
        OrgDepartmentDto: {
            /** Format: int64 */
            department_id: number;
            name: string;
            /**
             * Format: int64
             * @description null for a top-level department
             */
            parent_id: number | null;
            sort: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            created_at: number;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_at: number;
        };
        OrgDepartmentCreateDto: {
            name: string;
            /**
             * Format: int64
             * @description the parent department; absent or null for a top-level department
             */
            parent_id?: number;
            /**
             * @description order among siblings, ascending (then by id)
             * @default 0
             */
            sort: number;
        };
        OrgDepartmentRenameDto: {
            /** Format: int64 */
            department_id: number;
            name: string;
        };
        OrgDepartmentMoveDto: {
            /** Format: int64 */
            department_id: number;
            /**
             * Format: int64
             * @description the new parent; null moves the department to the top level
             */
            parent_id: number | null;
            /**
             * @description order among siblings, ascending (then by id)
             * @default 0
             */
            sort: number;
        };
        OrgMemberDto: {
            /** Format: int64 */
            department_id: number;
            /** Format: int64 */
            user_id: number;
            username: string;
            nick_name: string | null;
            avatar: string | null;
            title: string | null;
            /** Format: int64 */
            manager_id: number | null;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            updated_at: number;
        };
        OrgImportResultDto: {
            /** @description rows stored: members added or updated */
            imported: number;
        };
        OrgMemberInputDto: {
            /** Format: int64 */
            user_id: number;
            /** @description job title; absent, null or "" for none */
            title?: string | null;
            /**
             * Format: int64
             * @description the member's manager; absent or null for none
             */
            manager_id?: number;
        };
        OrgMembersSetDto: {
            /** Format: int64 */
            department_id: number;
            members: components["schemas"]["OrgMemberInputDto"][];
        };
        OrgMembersRemoveDto: {
            /** Format: int64 */
            department_id: number;
            user_list: number[];
        };
        OrgMembershipDto: {
            /** Format: int64 */
            department_id: number;
            name: string;
            title: string | null;
            /** Format: int64 */
            manager_id: number | null;
        };
        OrgImportRowDto: {
            /** Format: int64 */
            user_id: number;
            /** @description job title; absent, null or "" for none */
            title?: string | null;
            /**
             * Format: int64
             * @description the member's manager; absent or null for none
             */
            manager_id?: number;
            /** Format: int64 */
            department_id: number;
        };
        AppStatsDayDto: {
            /**
             * @description the UTC day
             * @example 2026-12-06
             */
            day: string;
            /** @description messages stored that day (operations such as recalls and read receipts left out) */
            messages: number;
            /** @description users registered that day */
            new_users: number;
        };
        AppStatsDto: {
            /** @description every user of the app, disabled ones included */
            users: number;
            disabled_users: number;
            /** @description groups not dissolved */
            groups: number;
            /** @description messages stored since 00:00 UTC */
            messages_today: number;
            /** @description realtime connections with a recent heartbeat, on every server process */
            live_sockets: number;
            /** @description notifications queued by POST /push/notify (pushes of messages to offline devices are not counted) */
            push_tasks: number;
            /** @description oldest first, one entry per day, days without activity included */
            days: components["schemas"]["AppStatsDayDto"][];
        };
        CodeSentResponseDto: {
            /**
             * Format: int64
             * @description when the code stops working, epoch milliseconds
             */
            expire: number;
            /** @description seconds before another code may be sent to this destination */
            resend_after: number;
        };
        VerificationSendDto: {
            /** @description send this or email */
            mobile?: string;
            /** @description send this or mobile */
            email?: string;
            /** @description from GET /user/captcha/image, when the app asks for a captcha */
            captcha_id?: string;
            /** @description the characters in the captcha image, any case */
            captcha?: string;
            /** @enum {string} */
            purpose: "register" | "bind_mobile" | "bind_email" | "login" | "reset_password";
            /** @description language of the message, e.g. en or zh-CN (default en) */
            language?: string;
        };
        VerificationTokenResponseDto: {
            /** @description single use; send as verification_token (or verification_code) of the action it was verified for */
            verification_token: string;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            expire: number;
        };
        VerificationVerifyDto: {
            /** @description send this or email */
            mobile?: string;
            /** @description send this or mobile */
            email?: string;
            /** @enum {string} */
            purpose: "register" | "bind_mobile" | "bind_email" | "login" | "reset_password";
            code: string;
        };
        CaptchaResponseDto: {
            captcha_id: string;
            /** @description the image, a data: URL of an SVG */
            image: string;
            /**
             * Format: int64
             * @description epoch milliseconds
             */
            expire: number;
        };
        RegionNamesDto: {
            /** @example China */
            en: string;
            /** @example 中国 */
            zh: string;
        };
        RegionResponseDto: {
            /** @description dialling code without + */
            region: string;
            locale: components["schemas"]["RegionNamesDto"];
        };
        VerificationSettingsResponseDto: {
            policies: {
                [key: string]: "required" | "optional" | "off";
            };
            captcha_before_send: boolean;
            captcha_after_failed_logins: number | null;
            signup_by_code: boolean;
        };
        VerificationSettingsDto: {
            /**
             * @description per purpose (register, bind_mobile, bind_email, login, reset_password): required, optional, off
             * @example {
             *       "register": "required"
             *     }
             */
            policies?: {
                [key: string]: "required" | "optional" | "off";
            };
            /** @description an image captcha before every code send */
            captcha_before_send?: boolean;
            /** @description an image captcha with password logins once the account has this many recent failures; null: never */
            captcha_after_failed_logins?: number | null;
            /** @description POST /token/code creates the user when no user has the mobile or email (and self-registration is open) */
            signup_by_code?: boolean;
        };
        VerificationSenderResponseDto: {
            /** @enum {string} */
            channel: "sms" | "email";
            /** @enum {string} */
            vendor: "log" | "aliyun" | "tencent" | "yunpian" | "twilio" | "smtp";
            settings: {
                [key: string]: string;
            };
            /** @description masked */
            secret: string | null;
            templates: {
                [key: string]: {
                    text?: string;
                    subject?: string;
                    template_id?: string;
                };
            };
            version: number;
        };
        VerificationSenderDto: {
            /** @enum {string} */
            channel: "sms" | "email";
            /** @enum {string} */
            vendor: "log" | "aliyun" | "tencent" | "yunpian" | "twilio" | "smtp";
            /**
             * @description the vendor's non-secret fields (src/verification/README.md "Senders")
             * @example {
             *       "access_key_id": "LTAI…",
             *       "sign_name": "MyApp"
             *     }
             */
            settings?: {
                [key: string]: string;
            };
            /** @description the one secret (access key secret, SecretKey, apikey, auth token, SMTP password); sealed at rest */
            secret?: string;
            /**
             * @description per language: {text, subject, template_id}; {code} and {minutes} are filled in
             * @example {
             *       "zh": {
             *         "template_id": "SMS_1234"
             *       }
             *     }
             */
            templates?: {
                [key: string]: {
                    text?: string;
                    subject?: string;
                    template_id?: string;
                };
            };
        };
        ErrorEnvelope: {
            /**
             * @description 200 on success, else a MaxIM business error code (README "Error codes")
             * @example 200
             */
            code: number;
            /** @description null on success, else what went wrong */
            message: string | null;
            /**
             * @description always null
             * @enum {object|null}
             */
            data: never | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AppContentController_clientConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppClientConfigDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppContentController_changeClientConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppClientConfigUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppClientConfigDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppContentController_discoverItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppDiscoverItemDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppContentController_updateDiscoverItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppDiscoverUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppDiscoverItemDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppContentController_createDiscoverItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppDiscoverCreateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppDiscoverItemDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppContentController_deleteDiscoverItem: {
        parameters: {
            query: {
                /** @description an item of this app */
                discover_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppSettingsController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppSettingsDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AppSettingsController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppSettingsUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppSettingsDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRegisterDto"];
            };
        };
        responses: {
            /** @description Answers the new user's settings. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_registerV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRegisterV2Dto"];
            };
        };
        responses: {
            /** @description Answers the new user's settings. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_registerAnonymous: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRegisterV2Dto"];
            };
        };
        responses: {
            /** @description Answers the new user's settings. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_registerBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRegisterBatchDto"];
            };
        };
        responses: {
            /** @description One result per item, in order; a failed item carries its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserRegisterBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unset fields are left out. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserProfileResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_updateProfileByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateProfileDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateProfileDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setNicknameByPut: {
        parameters: {
            query: {
                nick_name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setNickname: {
        parameters: {
            query: {
                nick_name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setAvatarByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSetAvatarDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSetAvatarDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setPublicInfoByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the public info itself, as a JSON string or text/plain; "" clears it */
        requestBody: {
            content: {
                "application/json": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setPublicInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the public info itself, as a JSON string or text/plain; "" clears it */
        requestBody: {
            content: {
                "application/json": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setPrivateInfoByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the private info itself, as a JSON string or text/plain; "" clears it */
        requestBody: {
            content: {
                "application/json": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setPrivateInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the private info itself, as a JSON string or text/plain; "" clears it */
        requestBody: {
            content: {
                "application/json": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setUsernameByPut: {
        parameters: {
            query: {
                /** @description letters, digits, _ and CJK, 1-64 characters; not all digits; not starting with maxim or mta */
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setUsername: {
        parameters: {
            query: {
                /** @description letters, digits, _ and CJK, 1-64 characters; not all digits; not starting with maxim or mta */
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setMobileByPut: {
        parameters: {
            query: {
                mobile: string;
                /** @description ours: the 6-digit bind_mobile code, or a verification_token of purpose bind_mobile; required when the app says so (10015) */
                verification_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_setMobile: {
        parameters: {
            query: {
                mobile: string;
                /** @description ours: the 6-digit bind_mobile code, or a verification_token of purpose bind_mobile; required when the app says so (10015) */
                verification_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserController_bindOpenId: {
        parameters: {
            query: {
                open_id: string;
                /** @description the third party, e.g. wechat or apple */
                type: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAccountController_setEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSetEmailDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAccountController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserResetPasswordDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAccountController_checkPhoneAvailable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserMobileDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        /** @description true when no user of the app has this mobile */
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAccountController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChangePasswordDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_changePasswordAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChangePasswordAdminDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeleteDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_deleteByDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeleteDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserIdListDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserIdListDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_list: {
        parameters: {
            query?: {
                page_num?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page by page_num and page_size; `total` counts every user of the app. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserListItemDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_search: {
        parameters: {
            query: {
                /** @description part of a username or nick name (any case); also an exact user id, or an exact email address */
                keyword: string;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A cursor page (no total). On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserAdminSearchItemDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_updateProfileBatchByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateProfileBatchDto"];
            };
        };
        responses: {
            /** @description One result per item, in order; a failed item carries its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_updateProfileBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateProfileBatchDto"];
            };
        };
        responses: {
            /** @description One result per item, in order; a failed item carries its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_setAvatarBatchByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSetAvatarBatchDto"];
            };
        };
        responses: {
            /** @description One result per item, in order; a failed item carries its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserAdminController_setAvatarBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSetAvatarBatchDto"];
            };
        };
        responses: {
            /** @description One result per item, in order; a failed item carries its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_updateByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSettingsUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSettingsUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_getPrivacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserPrivacyDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_updatePrivacyByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPrivacyUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_updatePrivacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPrivacyUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setAuthModeByPut: {
        parameters: {
            query: {
                /** @description 0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all */
                value: 0 | 1 | 2 | 3;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setAuthMode: {
        parameters: {
            query: {
                /** @description 0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all */
                value: 0 | 1 | 2 | 3;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setAutoDownloadByPut: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setAutoDownload: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoPushByPut: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoPush: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoPushDetailByPut: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoPushDetail: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoPushHoursByPut: {
        parameters: {
            query: {
                /** @description start of the daily no-push hours */
                no_push_start_hour: number;
                /** @description end of the daily no-push hours */
                no_push_end_hour: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoPushHours: {
        parameters: {
            query: {
                /** @description start of the daily no-push hours */
                no_push_start_hour: number;
                /** @description end of the daily no-push hours */
                no_push_end_hour: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setPushNicknameByPut: {
        parameters: {
            query: {
                /** @description the sender name shown in push notifications */
                value: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setPushNickname: {
        parameters: {
            query: {
                /** @description the sender name shown in push notifications */
                value: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoSoundsByPut: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setNoSounds: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setVibratoryByPut: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSettingsController_setVibratory: {
        parameters: {
            query: {
                /** @description exactly true or false */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ConversationPinController_pinByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationPinDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ConversationPinController_pin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationPinDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ConversationPinController_unpinByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUnpinDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ConversationPinController_unpin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUnpinDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ConversationPinController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["ConversationPinListResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeviceController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["DeviceResponseDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeviceController_remove: {
        parameters: {
            query: {
                device_sn: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeviceController_removeByDelete: {
        parameters: {
            query: {
                device_sn: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeviceController_kickByPut: {
        parameters: {
            query?: {
                device_sn?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceKickBodyDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeviceController_kick: {
        parameters: {
            query?: {
                device_sn?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceKickBodyDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeviceController_onlineStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OnlineStatusResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_bindByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushTokenBindDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_bind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushTokenBindDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_unbind: {
        parameters: {
            query: {
                deviceSn: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_unbindByDelete: {
        parameters: {
            query: {
                deviceSn: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_alias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushAliasDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_badge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushBadgeDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_tags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: string[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_addTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushTagListDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_removeTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushTagListDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_removeAllTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushIdentityController_registerPush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushUserRegisterDto"];
            };
        };
        responses: {
            /** @description Answers the new user's settings, with the device's push token. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UserSyncController_changes: {
        parameters: {
            query?: {
                /** @description the version of the last sync (the answer's `version`); 0 for everything */
                version?: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSyncChangeDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FavouriteGroupController_list: {
        parameters: {
            query?: {
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["FavouriteGroupDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FavouriteGroupController_save: {
        parameters: {
            query: {
                /** @description a group the caller is a member of */
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FavouriteGroupController_unsave: {
        parameters: {
            query: {
                /** @description a group the caller is a member of */
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterApplyDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_applyBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterApplyBatchItemDto"][];
            };
        };
        responses: {
            /** @description Each item succeeds or fails on its own; failed items are in `fails` with their reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterApplyBatchResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_listApplications: {
        parameters: {
            query?: {
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterApplicationDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_acceptByPut: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_accept: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_declineByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDeclineDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDeclineDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_ignore: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_list: {
        parameters: {
            query?: {
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Friend user ids. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: number[] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_details: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDetailsDto"];
            };
        };
        responses: {
            /** @description In the order asked; ids of nobody are left out, and so are unset fields. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterItemWithoutNullsDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_remove: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_removeByDelete: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_extByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterExtDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_ext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterExtDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_blockByPut: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_block: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_unblock: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_unblockByDelete: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_blockedList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: number[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_mayMessage: {
        parameters: {
            query: {
                /** @description the sender */
                user_id: number;
                /** @description the receiver */
                roster_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_searchById: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterItemDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_searchByName: {
        parameters: {
            query: {
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterItemDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_searchByMobile: {
        parameters: {
            query: {
                mobile: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterItemDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_mobileSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_setMobileSearchByPut: {
        parameters: {
            query: {
                /** @description true (default): others may find the caller by mobile number */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_setMobileSearch: {
        parameters: {
            query: {
                /** @description true (default): others may find the caller by mobile number */
                value: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_starByPut: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_star: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_unstar: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_unstarByDelete: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_starList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: number[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterController_relation: {
        parameters: {
            query: {
                /** @description the other user */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterRelationshipDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterGroupDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterGroupCreateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterGroupDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_delete: {
        parameters: {
            query: {
                /** @description one of the caller's friend groups */
                friend_group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_get: {
        parameters: {
            query: {
                /** @description one of the caller's friend groups */
                friend_group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterGroupDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterGroupRenameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterGroupDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_addMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterGroupMembersDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterGroupDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RosterGroupController_removeMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterGroupMembersDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RosterGroupDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupCreateResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_destroy: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_destroyByDelete: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_transferByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupTransferDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupTransferDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_userJoined: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: number[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_common: {
        parameters: {
            query: {
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: number[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_appList: {
        parameters: {
            query?: {
                /** @description part of the group name, any case; absent or empty: every live group */
                keyword?: string;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A cursor page (no total). On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupAppListItemDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupController_publicList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: number[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_leave: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_leaveByDelete: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_kick: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_kickByDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_addAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_removeAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_removeAdminsByDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_adminList: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupMemberDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_memberList: {
        parameters: {
            query: {
                group_id: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
                /** @description ours (MaxIM reserves it): a `version` of an earlier answer lists only members who joined or changed role or display name since; 0 or none lists all. Members who left come through GET /user/sync */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; unset fields are left out. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupMemberWithoutNullsDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_displayNames: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupMemberDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setDisplayNameByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupDisplayNameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setDisplayName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupDisplayNameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setMuteModeByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupMuteModeDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setMuteMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupMuteModeDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setNotDisturb: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupNotDisturbDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setPushModeByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupPushModeDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupMemberController_setPushMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupPushModeDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_groupInfo: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unset fields are left out. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupInfoResponseWithoutNullsDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_groupInfoBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupInfoBatchDto"];
            };
        };
        responses: {
            /** @description Unset fields are left out. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBriefWithoutNullsDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setLocationByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetLocationDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetLocationDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_clearLocation: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setNameByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetNameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetNameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setAvatarByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetAvatarDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetAvatarDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setDescriptionByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetDescriptionDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setDescription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetDescriptionDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setExtByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetExtDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_setExt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetExtDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_settings: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupInfoResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_allowMemberInvitationByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_allowMemberInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_allowMemberModifyByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_allowMemberModify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_enableReadAckByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_enableReadAck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_historyVisibleByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_historyVisible: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_hideMemberInfoByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_hideMemberInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetSettingDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_requireAdminApprovalByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetApplyApprovalDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupInfoController_requireAdminApproval: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSetApplyApprovalDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupAnnouncementController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupAnnouncementEditDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupAnnouncementDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupAnnouncementController_delete: {
        parameters: {
            query: {
                group_id: number;
                announcement_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupAnnouncementController_deleteByDelete: {
        parameters: {
            query: {
                group_id: number;
                announcement_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupAnnouncementController_get: {
        parameters: {
            query: {
                group_id: number;
                announcement_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupAnnouncementDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupAnnouncementController_last: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest announcement, or null when the group has none. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupAnnouncementDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupAnnouncementController_list: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupAnnouncementDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupFileUploadDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupFileDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_list: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupFileDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_get: {
        parameters: {
            query: {
                group_id: number;
                file_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupFileDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_renameByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupFileRenameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupFileRenameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupFileDeleteDto"];
            };
        };
        responses: {
            /** @description One result per distinct file id, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupFileDeleteResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupFileController_deleteByDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupFileDeleteDto"];
            };
        };
        responses: {
            /** @description One result per distinct file id, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupFileDeleteResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupInviteDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_handleInvitationOnPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupApprovalDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_handleInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupApprovalDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_listInvitations: {
        parameters: {
            query?: {
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
                /** @description reserved by MaxIM; ignored */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupInvitationDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupApplyDto"];
            };
        };
        responses: {
            /** @description success with reason null when the user joined at once, success with a reason when the application waits for the admins. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_handleApplicationOnPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupApprovalDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_handleApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupApprovalDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_listApplications: {
        parameters: {
            query?: {
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
                /** @description reserved by MaxIM; ignored */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupApplicationListDto"];
            };
        };
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupApplicationDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_signQrCode: {
        parameters: {
            query: {
                group_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupQrCodeDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupJoinController_joinByQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupQrInviteDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_ban: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupBanDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_unban: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_bannedList: {
        parameters: {
            query: {
                group_id: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
                /** @description reserved by MaxIM; accepted and ignored */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBannedMemberDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_banAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupBanAllDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBanAllResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_unbanAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUnbanAllDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_block: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_unblock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_unblockByDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserListDto"];
            };
        };
        responses: {
            /** @description One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBatchResultDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GroupModerationController_blockedList: {
        parameters: {
            query: {
                group_id: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
                /** @description reserved by MaxIM; accepted and ignored */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupBlockedUserDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_sendByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendDto"];
            };
        };
        responses: {
            /** @description true once stored, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                        /** @description the stored message id, when the send had one receiver */
                        msg_ids?: number[];
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendDto"];
            };
        };
        responses: {
            /** @description true once stored, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                        /** @description the stored message id, when the send had one receiver */
                        msg_ids?: number[];
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_notifyByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendDto"];
            };
        };
        responses: {
            /** @description true once stored, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                        /** @description the stored message id, when the send had one receiver */
                        msg_ids?: number[];
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_notify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendDto"];
            };
        };
        responses: {
            /** @description true once stored, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                        /** @description the stored message id, when the send had one receiver */
                        msg_ids?: number[];
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_broadcast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageBroadcastDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["BroadcastResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_recallByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRecallDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_recall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRecallDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_conversation: {
        parameters: {
            query: {
                /** @description the peer user id or the group id; 0 for the system notices of /message/notify and /message/broadcast */
                opposite_id: number;
                /** @description 0: from the newest; otherwise older than this message */
                msg_id_start: number;
                limit: number;
                /** @description our extension: only messages of this content_type (0 TEXT … 8 RTC); pages by msg_id as without it */
                content_type?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["MessageHistoryDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_deleteConversation: {
        parameters: {
            query: {
                /** @description the peer user id or the group id */
                conversation_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_ack: {
        parameters: {
            query: {
                /** @description the peer user id or the group id */
                conversation_id: number;
                /** @description read up to and including this message */
                msg_id: number;
                /** @description the acknowledging device's number (accepted; reading is per user) */
                device_sn?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UnreadConversationDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_aiSendByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AiReplyListDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MessageController_aiSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AiReplyListDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DiscoveryController_appDns: {
        parameters: {
            query?: {
                /** @description the app (MaxIM sends it in the query too); must equal the app_id header */
                app_id?: string;
                /** @description who asks; answered the same either way */
                source?: "sdk" | "app";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppDnsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DiscoveryController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["HealthResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DiscoveryController_appConfig: {
        parameters: {
            query?: {
                /** @description 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux, 6 web */
                platform?: 1 | 2 | 3 | 4 | 5 | 6;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppConfigResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_notify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushNotifyDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["PushNotifyResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_taskDetail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushTaskDetailDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: ({
                            /** Format: int64 */
                            task_id: number;
                        } & {
                            [key: string]: number;
                        })[] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_taskList: {
        parameters: {
            query?: {
                /** @description notify: /push/notify tasks; message: the offline-message pushes of the messaging module */
                kind?: "notify" | "message";
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["PushTaskSummaryDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_certificate: {
        parameters: {
            query: {
                /** @description 1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM */
                provider: 1 | 2 | 3 | 4 | 5 | 6 | 7;
                /** @description 0 development, 1 production */
                environment?: 0 | 1;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["PushCertificateResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_updateCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushCertificateUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["PushCertificateResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_createCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushCertificateCreateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["PushCertificateResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    PushController_deleteCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushCertificateDeleteDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FileController_userAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["FileUploadResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FileController_groupAvatar: {
        parameters: {
            query: {
                group_id: number;
                /** @description access-token as MaxIM's web SDK puts it in the query (read by the auth guard; must equal the header when both are sent); accepted and ignored */
                "access-token"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["FileUploadResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FileController_chat: {
        parameters: {
            query: {
                /** @description 100 file, 101 voice amr, 102 image, 103 video, 104 voice mp3; 200-203 group shared file, voice, image, video */
                file_type: 100 | 101 | 102 | 103 | 104 | 200 | 201 | 202 | 203;
                to_id: number;
                /** @description 1 user, 2 group */
                to_type?: 1 | 2;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["FileUploadResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FileController_forward: {
        parameters: {
            query: {
                /** @description the file_sign of the chat file to forward */
                file_sign: string;
                to_id: number;
                /** @description 1 user, 2 group */
                to_type?: 1 | 2;
                /** @description access-token as MaxIM's web SDK puts it in the query (read by the auth guard; must equal the header when both are sent); accepted and ignored */
                "access-token"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["FileUploadResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FileController_downloadChat: {
        parameters: {
            query: {
                /** @description 1 original, 2 thumbnail, 3 cover (a larger preview); 2 and 3 for images only */
                image_type?: 1 | 2 | 3;
                /** @description largest thumbnail width/height in pixels (image_type 2 and 3) */
                w?: number;
                /** @description largest thumbnail width/height in pixels (image_type 2 and 3) */
                h?: number;
                /** @description the store_token of /token/*; stands for the access-token header when that cannot be sent */
                store_token?: string;
                /** @description SDK signature; accepted and ignored */
                sdk_sign?: string;
                /** @description app_id for links a browser loads without headers (the app_id header wins); accepted and ignored */
                app_id?: string;
                /** @description access-token as MaxIM's web SDK puts it in the query (read by the auth guard; must equal the header when both are sent); accepted and ignored */
                "access-token"?: string;
                /** @description thumbnails are always made by this server; accepted and ignored */
                thumbnail_strategy?: 1 | 2;
                /** @description from the download_url of the upload answer */
                file_sign: string;
                /** @description audio only: the stored format; no conversion is made */
                format?: "amr" | "mp3";
                /** @description request source (miniprogram); accepted and ignored */
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, or a business error in the envelope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        /**
                         * @description always null
                         * @enum {object|null}
                         */
                        data: never | null;
                    };
                };
            };
            /** @description The requested byte range (Range header) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description To the stored object (object storage), by a signed URL in Location */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Range lies outside the object; Content-Range names its size */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    FileController_downloadAvatar: {
        parameters: {
            query: {
                /** @description 1 original, 2 thumbnail, 3 cover (a larger preview); 2 and 3 for images only */
                image_type?: 1 | 2 | 3;
                /** @description largest thumbnail width/height in pixels (image_type 2 and 3) */
                w?: number;
                /** @description largest thumbnail width/height in pixels (image_type 2 and 3) */
                h?: number;
                /** @description the store_token of /token/*; stands for the access-token header when that cannot be sent */
                store_token?: string;
                /** @description SDK signature; accepted and ignored */
                sdk_sign?: string;
                /** @description app_id for links a browser loads without headers (the app_id header wins); accepted and ignored */
                app_id?: string;
                /** @description access-token as MaxIM's web SDK puts it in the query (read by the auth guard; must equal the header when both are sent); accepted and ignored */
                "access-token"?: string;
                /** @description thumbnails are always made by this server; accepted and ignored */
                thumbnail_strategy?: 1 | 2;
                /** @description from the download_url of the avatar upload answer, e.g. avatar/0f3c… */
                object_name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, or a business error in the envelope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        /**
                         * @description always null
                         * @enum {object|null}
                         */
                        data: never | null;
                    };
                };
            };
            /** @description The requested byte range (Range header) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description To the stored object (object storage), by a signed URL in Location */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Range lies outside the object; Content-Range names its size */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TokenController_byUsername: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenByUsernameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["TokenResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TokenController_byUserId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenByUserIdDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["TokenResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TokenController_byLoginName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenByLoginNameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["TokenResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TokenController_byCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenByCodeDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["TokenResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TokenController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenIssueDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["TokenResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_updateEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["WebhookEndpointDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_createEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["WebhookEndpointCreatedDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_deleteEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointIdDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        /** @example true */
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_listEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["WebhookEndpointDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_deliveries: {
        parameters: {
            query: {
                /** @description the endpoint whose attempts to list */
                endpoint_id: number;
                /** @description the cursor of the previous page; none for the newest attempts */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["WebhookAttemptDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookReplayDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["WebhookReplayResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_beforeSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["BeforeSendDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_saveBeforeSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeforeSendUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["BeforeSendSavedDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    WebhookController_deleteBeforeSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        /** @example true */
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_searchUsers: {
        parameters: {
            query: {
                /** @description part of a name; or an id prefix (digits); or a whole email address */
                keyword: string;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserSearchItemDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_searchGroups: {
        parameters: {
            query: {
                /** @description part of a name; or an id prefix (digits); or a whole email address */
                keyword: string;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["GroupSearchItemDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_nearbyUsers: {
        parameters: {
            query: {
                /** @description latitude in decimal degrees (WGS 84) */
                latitude: number;
                /** @description longitude in decimal degrees (WGS 84) */
                longitude: number;
                /** @description metres */
                radius?: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["NearbyUserDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_nearbyGroups: {
        parameters: {
            query: {
                /** @description latitude in decimal degrees (WGS 84) */
                latitude: number;
                /** @description longitude in decimal degrees (WGS 84) */
                longitude: number;
                /** @description metres */
                radius?: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["NearbyGroupDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_location: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserLocationDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_shareLocationByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserLocationUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserLocationDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_shareLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserLocationUpdateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["UserLocationDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchController_stopSharingLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_department: {
        parameters: {
            query: {
                department_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgDepartmentCreateDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_remove: {
        parameters: {
            query: {
                department_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_renameByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgDepartmentRenameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgDepartmentRenameDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_moveByPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgDepartmentMoveDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_move: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgDepartmentMoveDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgDepartmentDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_listMembers: {
        parameters: {
            query: {
                department_id: number;
                /** @description the cursor of the previous page; none for the first page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgMemberDto"][] | null;
                        /** @description Pass back for the next page; absent on the last page */
                        cursor?: string;
                        /** @description Number of items in the whole list, where the route counts them */
                        total?: number;
                        /**
                         * Format: int64
                         * @description Version of the list, where the route keeps one
                         */
                        version?: number;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_setMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgMembersSetDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgImportResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_removeMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgMembersRemoveDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_memberships: {
        parameters: {
            query: {
                /** @description the user whose departments to list */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgMembershipDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    OrgController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Up to 10000 members: a JSON array of rows, or CSV as text/plain with the header department_id,user_id,title,manager_id */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgImportRowDto"][];
                "text/plain": components["schemas"]["OrgImportRowDto"][];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["OrgImportResultDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    StatsController_appStats: {
        parameters: {
            query?: {
                /** @description UTC days in `days`, today included */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["AppStatsDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_sendCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationSendDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["CodeSentResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_verifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationVerifyDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["VerificationTokenResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_captcha: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["CaptchaResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_regions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["RegionResponseDto"][] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_viewSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["VerificationSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationSettingsDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["VerificationSettingsResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_viewSender: {
        parameters: {
            query: {
                channel: "sms" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["VerificationSenderResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_saveSender: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationSenderDto"];
            };
        };
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        data: components["schemas"]["VerificationSenderResponseDto"] | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    VerificationController_deleteSender: {
        parameters: {
            query: {
                channel: "sms" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a business error in `code` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 200 on success, else a MaxIM business error code (README "Error codes")
                         * @example 200
                         */
                        code: number;
                        /** @description null on success, else what went wrong */
                        message: string | null;
                        /** @description false when the app had no sender for the channel */
                        data: boolean | null;
                    };
                };
            };
            /** @description An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
