"""The word classes the stance reader's patterns share.

A pattern that names who a body is, or where it posts, takes the class from here rather than
listing the few nouns of the texts it was written for: "the Board may update these rules"
reads as "the Council may update these rules" does.
"""

_BODIES = ("council", "trust", "authority", "university", "college", "school", "academy", "organisation",
           "organization", "company", "force", "constabulary", "brigade", "service", "regulator", "co-?op", "executive",
           "board", "agency", "commission", "inspectorate", "department", "government", "partnership", "association",
           "ombudsman", "office", "body", "bank")


def _plural(noun: str) -> str:
    """A pattern for ``noun`` or its plural: "authorit(?:y|ies)", "ombudsm[ae]n", "councils?"."""
    if noun.endswith("y"):
        return f"{noun[:-1]}(?:y|ies)"
    if noun.endswith("man"):
        return f"{noun[:-2]}[ae]n"
    return f"{noun}s?"


BODY_NOUN = f"(?:{'|'.join(_BODIES)})"
"""The nouns a public body names itself by ("the Parish Council", "the Regulator")."""

BODY_NOUNS = f"(?:{'|'.join(_plural(noun) for noun in _BODIES + ('ministry',))})"
""":data:`BODY_NOUN` and its plurals, and "ministry": "all public bodies", "the trusts"."""

DOCUMENT = r"(?:policy|policies|guidance|guidelines|code|document|protocol|procedure|strategy|framework|charter)"
"""What a body calls the text that holds its rules: "this policy", "the Code", "our social media strategy"."""

RULES = r"(?:rules?|bye[- ]?laws?|by-?laws?|terms|conditions)"
"""What rules are called when they are not a document: "these rules", "this byelaw" (or "Bye Law", "by-law"), "the terms"."""

SETS_OUT = (r"(?:sets? out|outlines?|explains?|describes?|summari[sz]es?|address(?:es)?|details?|covers?|defines?|deals? with|"
            r"stipulates?|governs?(?= (?:how|what|who|when|whether)\b))")
"""What a document does with what it holds: "This policy sets out", "the Policy which explains"."""

CONDUCT_DONE = (r"(?:accepted|used|shared|disclosed|installed|downloaded|uploaded|submitted|taken|posted|published|sent|forwarded|"
                r"stored|copied|reproduced|re-?used|quoted|re-?tweeted|given|transferred|claimed|made|kept|retained|worn|brought|carried out|"
                r"undertaken|pursued|followed|left unattended|left overnight|consumed|eaten|ridden|parked|moored|sublet|sub-let|"
                r"hired|lit|flown|launched|carried|played|renewed|borrowed|booked|erected|built|planted|grown|walked|exercised|pitched|put up|"
                r"served|sold|fixed|affixed|attached|hung|connected|extended|accompanied|represented|waived|shortened|postponed|adjourned|held|placed(?! in (?:an? |the )?(?:\w+ )?(?:positions?|situations?|circumstances))|scattered|granted|approved|let|delegated)")
"""Participles of acts a person bound by a policy does to a thing: "Gifts may be accepted", "may be reproduced"."""

IN_EMERGENCY = r"(?:in|during) (?:an? |the event of an? )?emergenc(?:y|ies)"
"""A grant's circumstance, put before it or after it: "In an emergency, anyone may enter", "may enter in an emergency"."""

OTHERWISE_SAID = r"unless (?:stated|told|agreed|specified|indicated|notified|directed|advised|instructed) otherwise"
"""A grant that holds until someone says otherwise: "Unless stated otherwise, content may be reused"."""

FEARING = (r"(?:(?:be|feel) (?:afraid|scared|frightened|worried|nervous|reluctant|embarrassed|unable|"
           r"(?:that )?(?:they|you) (?:cannot|can't))|worry|panic)")
"""Fear of an act, which a rule tells people not to have: "should not be afraid to", "No one should feel unable to", or
of what happens ("Don't worry if you make a mistake")."""

HARMED = r"(?:victimi[sz]ed|penali[sz]ed|disadvantaged)"
"""What those who raise a concern are protected from: "will not be victimised", "No employee will be penalised"."""

SOCIAL_MEDIA = r"(?:social (?:media|networking|networks?)|blogs?)"
"""Where a body or its people post: "on social media", "on social networking sites", "in a blog"."""

STAFF = r"(?:staff|employees|officers|workers|colleagues|personnel|members of staff)"
"""The body's own people, in the plural: "our staff", "its officers", "our personnel"."""

PEOPLE = rf"(?:you|{STAFF}|members|users|councillors|volunteers|contractors|students|pupils)"
"""Whom a rule addresses, in the plural: "allows employees", "permits staff", "allows officers"."""

ASKERS = r"(?:electors?|residents?|members? of the public|the public|anyone)"
"""Those a council's procedure lets put questions or petitions: "Questions can be put by electors"."""

PRESS_TEAM = r"(?:communications?|press|media) (?:team|office|department|unit)"
"""The body's team that deals with the press: "the Communications team", "the press office"."""
