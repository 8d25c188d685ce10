// Test vectors from WeChat itself; each says where it was taken from, verbatim.

/**
 * WeChat's "消息推送" documentation (developers.weixin.qq.com, the server-configuration walkthrough
 * shared by Mini Programs, Official Accounts and third-party platforms, e.g.
 * /doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/message_push.html and
 * /doc/subscription/guide/dev/push/encryption.md). Token "AAAAA", EncodingAESKey 43 × "A".
 */
export const DOC = {
  token: "AAAAA",
  encodingAesKey: "A".repeat(43),
  appId: "wx134c8103faa5a59e",
  /** URL check (GET): `…/revice?signature=f464…&echostr=4375120948345356249&timestamp=1714036504&nonce=1514711492`. */
  urlCheck: {
    signature: "f464b24fc39322e44b38aa78f5edd27bd1441696",
    timestamp: "1714036504",
    nonce: "1514711492",
    echostr: "4375120948345356249",
  },
  /** Plaintext-mode push: `…/recive?signature=899c…&timestamp=1714037059&nonce=486452656`. */
  plainPush: {
    signature: "899cf89e464efb63f54ddac96b0a0a235f53aa78",
    timestamp: "1714037059",
    nonce: "486452656",
  },
  /** Safe-mode push of the debug_demo event. */
  safePush: {
    signature: "cc0c594499c1634947d5b502f158ee518947db27",
    msgSignature: "6c12a4205838198b8fa631b3220723bb07f1015c",
    timestamp: "1715943329",
    nonce: "1590219412",
    body: `<xml>
    <ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName>
    <Encrypt><![CDATA[D7yzvUNAL930rd28wf21s4hvXhz0L6Uit/p2Di6C5DHyYGpEgdBRnKjBec34JwoQXicwaZC7fOVihW80F4VtsdvE//1vr7oAbqjDv8KenVp+ajKYpJnyQ4zMRhIC+a31fCVOMC03FfzV/QuC94kBP55a+Za3sJgvAn+ZbsNqZI5DkyuzkhQN8OBqCzFhizGmy0xpM0MEA4agpvE+RuNO1rhHTtuJB5yltw1FiYzecSXJ+y/D2r81VkRn2eYjh2ltsoyfbDR7Is6ookXIFxTfyeNyeHxMeT4KN5WpCDmSbTcUYrbBUlkGLJ9n/rU8YOywma6G7aTb7KZKOqCxgfoUlYEZPk4FUL/TK7ShriFDMVCLyjQJ15Ob++agDWtcxhfUfe6HIoIpRW8mKNBQiY/Jd1svvuskA1wLef1RTtzKfMpagSCX/laZINmdnX4zrF6kIaR9P4xQrWXbsTFHTYe0Mg==]]></Encrypt>
</xml>`,
    /** "msg_len=292"; the message exactly as the documentation prints it, line breaks included. */
    message:
      "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName>\n<FromUserName><![CDATA[o9AgO5Kd5ggOC-bXrbNODIiE3bGY]]></FromUserName>\n<CreateTime>1715943329</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[debug_demo]]></Event>\n<debug_str><![CDATA[hello world]]></debug_str>\n</xml>",
  },
  /** The encrypted answer to it: random(16B) "999951349e8ee746", TimeStamp 1713424427, Nonce 415670741. */
  reply: {
    message: "<xml><demo_resp>[CDATA[good luck]]</demo_resp></xml>",
    random: "999951349e8ee746",
    timestamp: 1713424427,
    nonce: "415670741",
    encrypt:
      "hE8R6mGXHkJJjU72KxzKUd1GEkKJaEZq7vRL8XgK3o+00k8JGq6+pZJUIlTSyhsX+bxIBQ72g3GyvDdIZcr6+3HAZbSvPT9t/o11MI7d6WELwqrGd7jMnV0zv3Zc9Nq7",
    msgSignature: "03e0812039325c2712ef5f0f980fd14c70d6e307",
  },
} as const;

/**
 * WeChat's official sample code, WXBizMsgCrypt (cryptoDemo.zip, linked from the Official Account
 * documentation's "消息加解密说明"): the Java sample's WXBizMsgCryptTest (fixed random "aaaabbbbccccdddd")
 * and the Python sample's Sample.py (a decrypt with msg_signature).
 */
export const SAMPLE = {
  encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  java: {
    appId: "wxb11529c136998cb6",
    random: "aaaabbbbccccdddd",
    replyMsg: "我是中文abcd123",
    afterAesEncrypt:
      "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==",
    replyMsg2:
      "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>",
    afterAesEncrypt2:
      "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb",
  },
  python: {
    token: "spamtest",
    appId: "wx2c2769f8efd9abc2",
    timestamp: "1409735669",
    nonce: "1320562132",
    msgSignature: "5d197aaffba7e9b25a30732f161a50dee96bd5fa",
    fromXml:
      "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName><CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[abcdteT]]></Content><MsgId>6054768590064713728</MsgId><Encrypt><![CDATA[hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=]]></Encrypt></xml>",
  },
} as const;
