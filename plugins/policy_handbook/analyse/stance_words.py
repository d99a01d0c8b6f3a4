"""The word classes the stance reader's patterns share.

A pattern that names who a body is, or where it posts, takes the class from here rather than
listing the few nouns of the texts it was written for: "the Board may update these rules"
reads as "the Council may update these rules" does.
"""

BODY_NOUN = (r"(?:council|trust|authority|university|college|school|academy|organisation|organization|company|force|"
             r"constabulary|brigade|service|regulator|co-?op|executive|board|agency|commission|inspectorate|department|"
             r"government|partnership|association|ombudsman|office|body)")
"""The nouns a public body names itself by ("the Parish Council", "the Regulator")."""

SOCIAL_MEDIA = r"(?:social (?:media|networking|networks?)|blogs?)"
"""Where a body or its people post: "on social media", "on social networking sites", "in a blog"."""

BODY_NOUNS = (r"(?:councils?|trusts?|authorit(?:y|ies)|universit(?:y|ies)|colleges?|schools?|academ(?:y|ies)|"
              r"organi[sz]ations?|compan(?:y|ies)|forces?|constabular(?:y|ies)|brigades?|services?|regulators?|co-?ops?|"
              r"executives?|boards?|agenc(?:y|ies)|commissions?|inspectorates?|departments?|ministr(?:y|ies)|governments?|"
              r"partnerships?|associations?|ombudsm[ae]n|offices?|bod(?:y|ies))")
""":data:`BODY_NOUN` and its plurals: "all public bodies", "the trusts"."""

PEOPLE = (r"(?:you|staff|employees|officers|workers|colleagues|personnel|members(?: of staff)?|users|councillors|"
          r"volunteers|contractors|students|pupils)")
"""Whom a rule addresses, in the plural: "allows employees", "permits staff", "allows officers"."""
