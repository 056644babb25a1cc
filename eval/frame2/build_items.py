import json, re, random, collections

ITEMS = []

def Q(id, question, audience, topic, ask, patient=None, must=None, must_not=None, note="", previous=None):
    ITEMS.append({
        "id": id,
        "question": question,
        "previous": previous or [],
        "audience": audience,
        "expect": "answered" if topic else "insufficient_evidence",
        "topic": topic,
        "ask": ask,
        "patient": patient or {},
        "must": must or [],
        "must_not": must_not or [],
        "note": note,
    })

S = lambda x: "summary:" + x
PEN_ANA = [{"substance": "penicillin", "severity": "anaphylaxis"}]

# ---------------------------------------------------------------- neigh (30)
AHT = r"\b(ramipril|lisinopril|perindopril|enalapril|losartan|candesartan|amlodipine|indapamide|chlort(h)?alidone|bendroflumethiazide)\b"
Q("neigh-01", "PAH (WHO group 1), mPAP 42, PVR 6 WU, vasoreactivity negative - is upfront ambrisentan + tadalafil the standard initial combo?",
  "clinician", None, "drug_choice", {"comorbidities": ["pulmonary arterial hypertension"]}, [], [AHT],
  "Pulmonary arterial hypertension shares the word 'hypertension' but is not systemic hypertension; must abstain.")
Q("neigh-02", "Ive been diagnosed with idiopathic intracranial hypertension (bad headaches + blurry vision). Do I need acetazolamide or is losing weight enough?",
  "patient", None, "treatment", {"comorbidities": ["idiopathic intracranial hypertension"]}, [],
  [AHT, r"\b(sumatriptan|rizatriptan|zolmitriptan|triptan)\b"],
  "IIH shares 'hypertension' (and headache/weight-loss words) with hypertension, migraine and obesity sources; must abstain.")
Q("neigh-03", "optician says i have ocular hypertension, pressures 27 in both eyes but no glaucoma damage yet. do i need eye drops or is it like normal high blood pressure?",
  "patient", None, "treatment", {"comorbidities": ["ocular hypertension"]}, [], [AHT],
  "Ocular hypertension (raised intraocular pressure) is not systemic hypertension; must abstain.")
Q("neigh-04", "34M T1DM on MDI, HbA1c 71 despite carb counting and CGM - eligible for hybrid closed loop?",
  "clinician", None, "treatment", {"age": 34, "sex": "M", "comorbidities": ["type 1 diabetes"], "drugs": ["multiple daily insulin injections"]}, [],
  [r"\bmetformin\b", r"\b(empagliflozin|dapagliflozin|canagliflozin|semaglutide|tirzepatide|Ozempic|Mounjaro|Jardiance|Forxiga)\b"],
  "Type 1 diabetes technology is outside a type 2 diabetes source; must abstain rather than give T2DM drugs.")
Q("neigh-05", "My 9 year old has been diagnosed with cranial diabetes insipidus, he drinks and wees constantly. How does desmopressin work and will he need it forever?",
  "patient", None, "treatment", {"age": 9, "sex": "M", "comorbidities": ["cranial diabetes insipidus"]}, [],
  [r"\bmetformin\b", r"\bHbA1c\b"],
  "Diabetes insipidus shares the word 'diabetes' but is unrelated to type 2 diabetes; must abstain.")
Q("neigh-06", "really painful itchy ear canal after swimming on holiday, bit of discharge and it hurts when i pull my earlobe. swimmers ear?? what drops do i need",
  "patient", None, "treatment", {}, [], [r"\bamoxic?ill?in\b"],
  "Otitis externa (same organ as acute otitis media in children) is not covered; must abstain, not give oral amoxicillin.")
Q("neigh-07", "New seropositive RA, DAS28 5.4, erosions on XR. MTX starting dose + bridging pred?",
  "clinician", None, "dose", {"comorbidities": ["rheumatoid arthritis"]}, [],
  [r"\b(glucosamine|hyaluron\w*|knee replacement|hip replacement|arthroplasty)\b"],
  "Rheumatoid arthritis shares 'arthritis'/joints with the hip and knee osteoarthritis sources; must abstain.")
Q("neigh-08", "I have Graves disease (overactive thyroid). The endocrinologist offered carbimazole or radioactive iodine - which is better long term?",
  "patient", None, "comparison", {"comorbidities": ["Graves disease"]}, [], [],
  "Hyperthyroidism is the opposite of the hypothyroidism source; must abstain.")
Q("neigh-09", "Pernicious anaemia, B12 120, anti-IF Ab positive, no neuro sx - hydroxocobalamin loading and maintenance regimen?",
  "clinician", None, "dose", {"comorbidities": ["pernicious anaemia"]}, [],
  [r"\bferrous\b|\biron (tablets|infusion|supplement)|\bIV iron\b"],
  "B12-deficiency anaemia shares 'anaemia' with the iron deficiency anaemia source; must abstain.")
Q("neigh-10", "my ferritin came back at 1100 and transferrin saturation 70%, gp thinks it could be haemochromatosis. will i need to have blood taken off regularly?",
  "patient", None, "treatment", {}, [],
  [r"\bferrous\b|\biron (tablets|infusion|supplements?)\b|\bIV iron\b"],
  "Iron overload (haemochromatosis) shares 'iron'/'ferritin' with iron deficiency anaemia; must abstain.")
Q("neigh-11", "I get genital herpes outbreaks about every 6 weeks. is there a tablet I can take every day to stop them?",
  "patient", None, "prevention", {"comorbidities": ["recurrent genital herpes"]}, [],
  [r"Shingrix|zoster vaccine|recombinant zoster"],
  "Genital herpes (HSV) shares 'herpes' with the herpes zoster source; must abstain.")
Q("neigh-12", "I was diagnosed with interstitial cystitis (bladder pain syndrome). My urine cultures are always clear. Would another course of antibiotics help?",
  "patient", None, "treatment", {"comorbidities": ["interstitial cystitis / bladder pain syndrome"]}, [],
  [r"\b(nitrofurantoin|Macrobid|trimethoprim|fosfomycin|Monuril|pivmecillinam)\b"],
  "Interstitial cystitis shares 'cystitis' but is not an infection; must abstain and not give UTI antibiotics.")
Q("neigh-13", "update: now T 38.9, R loin pain and rigors, tolerating orals, not septic. what oral abx and for how long?",
  "clinician", None, "drug_choice", {"age": 34, "sex": "F", "negated": ["pregnancy"]}, [],
  [r"\b(nitrofurantoin|Macrobid|Macrodantin|fosfomycin|Monuril)\b"],
  "Follow-up that turns cystitis into acute pyelonephritis (upper UTI), outside the cystitis source; must abstain.",
  previous=["34F, not pregnant, dysuria and frequency for 2 days - empirical abx?"])
Q("neigh-14", "HAP day 7 post hip fracture fixation, on the ward, no MRSA risk factors, not septic - empirical abx choice?",
  "clinician", None, "drug_choice", {"comorbidities": ["hip fracture (post-operative)"]}, [],
  [r"\bC(U)?RB-?65\b"],
  "Hospital-acquired pneumonia is outside the community-acquired pneumonia source; must abstain.")
Q("neigh-15", "and for HFpEF? 76F, LVEF 60%, NYHA II, BMI 33",
  "clinician", None, "treatment", {"age": 76, "sex": "F", "comorbidities": ["heart failure with preserved ejection fraction", "obesity"]}, [],
  [r"\b(bisoprolol|carvedilol|metoprolol succinate|nebivolol)\b"],
  "Follow-up moving from HFrEF to HFpEF, which the HFrEF source does not cover; must abstain.",
  previous=["What's the GDMT for HFrEF?"])
Q("neigh-16", "NSTEMI, GRACE 160, trop rising - timing of angio and which P2Y12 inhibitor?",
  "clinician", None, "drug_choice", {"comorbidities": ["NSTEMI"]}, [],
  [r"\b(ranolazine|ivabradine|nicorandil)\b"],
  "Acute coronary syndrome is not stable angina/chronic coronary syndrome; must abstain.")
Q("neigh-17", "I get sudden racing heart attacks (SVT), around 190 bpm, that start and stop suddenly. The cardiologist mentioned ablation - is that better than taking tablets every day?",
  "patient", None, "comparison", {"comorbidities": ["supraventricular tachycardia"]}, [],
  [r"\b(apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|DOACs?)\b|anticoagula"],
  "SVT is an arrhythmia that is not atrial fibrillation; must abstain, not talk about anticoagulation.")
Q("neigh-18", "achilles pain for 3 months, worse at the start of runs, tendon thickened about 4cm above my heel. are eccentric heel drops the answer?",
  "patient", None, "treatment", {}, [], [r"plantar fasci"],
  "Mid-portion Achilles tendinopathy shares heel/tendinopathy words with plantar fasciitis and other tendinopathy sources; must abstain.")
Q("neigh-19", "what about pain on the INSIDE of the elbow - golfers elbow? is that treated the same way?",
  "patient", None, "treatment", {}, [], [],
  "Follow-up moving from tennis elbow to medial epicondylitis (golfer's elbow), not covered; must abstain.",
  previous=["What's the best exercise for tennis elbow?"])
Q("neigh-20", "Adhesive capsulitis, freezing phase, 54F with T2DM - IA steroid vs hydrodilatation vs MUA?",
  "clinician", None, "comparison", {"age": 54, "sex": "F", "comorbidities": ["adhesive capsulitis", "type 2 diabetes"]}, [],
  [r"subacromial decompression"],
  "Frozen shoulder shares 'shoulder pain' with the rotator cuff source; must abstain.")
Q("neigh-21", "Stabbing electric shock pains in my cheek and jaw when I brush my teeth or the wind blows on my face. GP thinks trigeminal neuralgia. Is carbamazepine the right tablet?",
  "patient", None, "drug_choice", {"comorbidities": ["trigeminal neuralgia"]}, [],
  [r"\b(prednisolone|prednisone)\b"],
  "Trigeminal neuralgia (facial nerve pain) shares face/nerve/neuralgia words with Bell's palsy and postherpetic neuralgia; must abstain.")
Q("neigh-22", "Attacks of room-spinning vertigo lasting 2-3 hours, with roaring and fullness in my left ear and my hearing seems worse. Is this Menieres and how is it treated?",
  "patient", None, "treatment", {}, [], [r"\bEpley\b|canalith repositioning|Semont"],
  "Meniere's disease shares 'vertigo' with BPPV; must abstain, not recommend the Epley manoeuvre.")
Q("neigh-23", "Episodic cluster headache, new bout started, 38M smoker - acute tx and bridging/prophylaxis?",
  "clinician", None, "treatment", {"age": 38, "sex": "M", "comorbidities": ["episodic cluster headache"]}, [],
  [r"\b(propranolol|amitriptyline|candesartan)\b"],
  "Cluster headache is a different primary headache from migraine and tension-type headache; must abstain.")
Q("neigh-24", "UC, moderate left-sided flare on mesalazine 2.4g/day - escalate oral dose and add topical 5-ASA, or go to pred?",
  "clinician", None, "dose", {"comorbidities": ["ulcerative colitis"], "drugs": ["mesalazine 2.4 g/day"]}, [],
  [r"low.?FODMAP|peppermint|linaclotide|mebeverine"],
  "Ulcerative colitis (inflammatory bowel disease) is a bowel word-neighbour of irritable bowel syndrome; must abstain.")
Q("neigh-25", "food keeps sticking when i swallow and the endoscopy biopsies said eosinophilic oesophagitis. will PPIs fix it or do i need that steroid that dissolves in your mouth?",
  "patient", None, "treatment", {"comorbidities": ["eosinophilic oesophagitis"]}, [], [],
  "Eosinophilic oesophagitis shares 'oesophagitis'/PPI with the GERD source; must abstain.")
Q("neigh-26", "Acute CPPD (pseudogout) of the knee, 83M, CKD 4, on apixaban - best option?",
  "clinician", None, "treatment", {"age": 83, "sex": "M", "comorbidities": ["CKD stage 4", "calcium pyrophosphate deposition"], "drugs": ["apixaban"], "renal": "CKD stage 4"}, [],
  [r"\b(allopurinol|febuxostat)\b|urate.lowering"],
  "Pseudogout is a crystal arthritis that is not gout; must abstain, not recommend urate-lowering therapy.")
Q("neigh-27", "Bronchiolitis obliterans syndrome 2 yrs post lung transplant, FEV1 down 25% from baseline - worth an azithromycin trial?",
  "clinician", None, "treatment", {"comorbidities": ["bronchiolitis obliterans syndrome", "lung transplant"]}, [],
  [r"\b(nirsevimab|palivizumab|Beyfortus|Synagis)\b|nasal suction"],
  "Bronchiolitis obliterans shares 'bronchiolitis' with the infant bronchiolitis source; must abstain.")
Q("neigh-28", "Is the Hib jab (haemophilus influenzae type b) the same thing as the flu jab? when does my baby get it?",
  "patient", None, "prevention", {}, [], [r"\b(oseltamivir|Tamiflu|baloxavir|Xofluza)\b"],
  "Haemophilus influenzae type b vaccination shares 'influenzae' with the influenza source; must abstain.")
Q("neigh-29", "Im 46 with red flushed cheeks, little pus spots and visible veins - GP says acne rosacea. Will my daughter's acne gel (benzoyl peroxide + adapalene) work for me?",
  "patient", None, "treatment", {"age": 46, "comorbidities": ["rosacea"]}, [], [],
  "Rosacea ('acne rosacea') shares the word 'acne' with the acne vulgaris source; must abstain.")
Q("neigh-30", "My daughter (6) has brittle bone disease - osteogenesis imperfecta type I. Are bisphosphonate drips used in children and do they help?",
  "patient", None, "treatment", {"age": 6, "sex": "F", "comorbidities": ["osteogenesis imperfecta"]}, [], [],
  "Osteogenesis imperfecta's lay name 'brittle bone disease' collides with the osteoporosis source's 'brittle bones'; must abstain.")

# ---------------------------------------------------------------- parent (10)
Q("parent-01", "policeman's heel - stabbing pain under my heel for the first few steps every morning, been going on 2 months. what can i do myself?",
  "patient", S("plantar-fasciitis"), "treatment", {}, [[r"stretch"], [r"footwear|shoes?\b|insoles?|orthos[ie]s|orthotic|heel (cups?|pads?|raises?)|arch support|trainers"]], [],
  "Lay name 'policeman's heel' must map to plantar fasciitis; self-care = stretching plus supportive footwear/insoles.")
Q("parent-02", "Got a water infection again, stinging when I wee and going all the time. Im a 29 yo woman, not pregnant, otherwise healthy. What antibiotic do I need?",
  "patient", S("uncomplicated-cystitis"), "drug_choice", {"age": 29, "sex": "F", "negated": ["pregnancy"]},
  [[r"nitrofurantoin|Macrobid|Macrodantin|pivmecillinam|Selexid|fosfomycin|Monuril|trimethoprim|co-?trimoxazole|TMP.?SMX|Bactrim"]], [],
  "Lay name 'water infection' must map to uncomplicated cystitis; first-line agents.")
Q("parent-03", "my dad is 70 and has just been told he's got sugar diabetes. what tablet do they normally start with?",
  "patient", S("type-2-diabetes"), "drug_choice", {"age": 70, "sex": "M"}, [[r"metformin|Glucophage"]], [],
  "Lay name 'sugar diabetes' must map to type 2 diabetes; metformin first line.")
Q("parent-04", "38F, Hashimoto's (TPO+), TSH 11.2 on two occasions 3 months apart, fT4 normal, tired - start levo?",
  "clinician", S("hypothyroidism"), "treatment", {"age": 38, "sex": "F", "comorbidities": ["Hashimoto's thyroiditis"]},
  [[r"levothyroxine|thyroxine|\bL-?T4\b|Synthroid|Eltroxin|Euthyrox|Levoxyl|Tirosint"]], [],
  "Subtype (Hashimoto's, subclinical with TSH >10) must map to the hypothyroidism source; levothyroxine is reasonable.")
Q("parent-05", "slipped disc in my lower back with pain shooting down my left leg to the foot for 2 weeks. do i need an MRI scan?",
  "patient", S("sciatica"), "diagnosis", {},
  [[r"red flag|cauda equina|unless|only if|not (routinely|usually|needed|necessary|required|recommended|straight away)|no need|don.t (usually |normally )?need|isn.t (usually |normally )?(needed|necessary)|surgery (is|being|were) (considered|planned)|if (it|symptoms|the pain) (persist|doesn|don|hasn)"]], [],
  "Lay 'slipped disc' must map to sciatica; no routine early MRI without red flags or planned intervention.")
Q("parent-06", "my shingles rash has spread to my forehead and the tip of my nose and now my eye is going red. is that serious?",
  "patient", S("herpes-zoster"), "safety", {"comorbidities": ["shingles"]},
  [[r"eye|ophthalm|vision|sight"], [r"urgent|same.day|immediately|emergency|today|right away|as soon as|promptly|straight away|without delay"]], [],
  "Herpes zoster ophthalmicus (subtype, Hutchinson's sign) must map to the zoster source; needs same-day/urgent eye assessment.")
Q("parent-07", "Lumbago since lifting boxes yesterday, can hardly get out of a chair. Should I stay in bed till it settles?",
  "patient", S("low-back-pain-acute"), "treatment", {},
  [[r"stay(ing)? (as )?active|keep(ing)? (moving|active|mobile)|remain active|avoid(ing)? bed ?rest|bed ?rest (is not|isn.t|is unhelpful|doesn.t|does not|not)|don.t stay in bed|do not stay in bed|continu\w* (your )?(normal|usual) activit|gentle (movement|activity|walking)|no bed ?rest"]], [],
  "Lay 'lumbago' must map to acute low back pain; advise staying active, not bed rest.")
Q("parent-08", "Dizzy for a few seconds every time I roll over in bed or look up. My friend says it's loose ear crystals - is there an exercise that fixes it?",
  "patient", S("bppv"), "treatment", {},
  [[r"Epley|repositioning|Semont|Brandt.?Daroff|manoeuvre|maneuver"]], [],
  "Lay 'ear crystals' must map to BPPV; canalith repositioning (Epley).")
Q("parent-09", "72M, bilateral coxarthrosis, KL grade 3, BMI 31 - core non-surgical management?",
  "clinician", S("hip-osteoarthritis"), "treatment", {"age": 72, "sex": "M", "comorbidities": ["bilateral hip osteoarthritis", "obesity (BMI 31)"]},
  [[r"exercise|strength|physiotherap|physical therap"], [r"weight (loss|management|reduction)|lose weight|losing weight|reduc\w* (body )?weight"]], [],
  "Clinical synonym 'coxarthrosis' must map to hip OA; core treatment = exercise and weight loss.")
Q("parent-10", "My husband has emphysema and gets breathless walking to the shop. Apart from his inhalers, what actually helps?",
  "patient", S("copd"), "treatment", {"comorbidities": ["emphysema"]},
  [[r"pulmonary rehab|rehabilitation|exercise (programme|program|class)"], [r"smok|vaccin|flu jab|pneumococcal|influenza|COVID|RSV"]], [],
  "Lay/clinical synonym 'emphysema' must map to COPD; non-drug core = pulmonary rehab plus smoking cessation/vaccination.")

# ---------------------------------------------------------------- preg (8)
Q("preg-01", "I'm 28 weeks pregnant and have asthma. I use Symbicort as my maintenance and reliever inhaler. Is it safe to carry on using it?",
  "patient", S("asthma"), "safety", {"pregnant": True, "trimester": 3, "comorbidities": ["asthma"], "drugs": ["Symbicort (budesonide-formoterol) MART"]},
  [[r"continu|keep (using|taking)|carry on|safe|do not stop|don.t stop|should not stop|shouldn.t stop|benefits? outweigh"]], [],
  "Pregnancy: asthma treatment incl. ICS-formoterol should be continued.")
Q("preg-02", "Breastfeeding a 3-month-old, moderate depression, wants an antidepressant - which one?",
  "clinician", S("depression"), "drug_choice", {"sex": "F", "breastfeeding": True, "comorbidities": ["moderate depression"]},
  [[r"sertraline|Zoloft|Lustral|paroxetine|Seroxat|Paxil|SSRI"]], [],
  "Breastfeeding: sertraline (or paroxetine) is the usual SSRI of choice.")
Q("preg-03", "16 weeks pregnant and getting migraines. what can I take safely?",
  "patient", S("migraine"), "safety", {"pregnant": True, "trimester": 2, "comorbidities": ["migraine"]},
  [[r"paracetamol|acetaminophen|Tylenol|Panadol"]], [r"\bergot(amine)?\b"],
  "Pregnancy: paracetamol first line for acute migraine; no ergots.")
Q("preg-04", "DVT (popliteal) at 24/40 - anticoagulant choice and duration?",
  "clinician", S("venous-thromboembolism"), "drug_choice", {"pregnant": True, "trimester": 2, "comorbidities": ["deep vein thrombosis"]},
  [[r"LMWH|low.molecular.weight heparin|heparin|enoxaparin|dalteparin|tinzaparin|Clexane|Fragmin|Innohep"]],
  [r"\b(apixaban|rivaroxaban|edoxaban|dabigatran|Eliquis|Xarelto|Lixiana|Pradaxa)\b"],
  "Pregnancy: LMWH for VTE; DOACs must not be recommended.")
Q("preg-05", "just found out I'm pregnant!! about 5 weeks. do i need to do anything with my dose?",
  "patient", S("hypothyroidism"), "dose", {"pregnant": True, "trimester": 1, "comorbidities": ["hypothyroidism"], "drugs": ["levothyroxine 100 micrograms daily"]},
  [[r"increas|rais|higher|extra|additional|up your dose|(25|30).{0,6}%|two extra"], [r"TSH|thyroid (function )?test|blood test"]], [],
  "Pregnancy follow-up: levothyroxine dose is increased early (~25-30%) with TSH monitoring.",
  previous=["I take levothyroxine 100 micrograms a day for an underactive thyroid."])
Q("preg-06", "breastfeeding my 2 month old and just tested positive for flu, feel awful. can i take tamiflu and keep feeding?",
  "patient", S("influenza"), "safety", {"breastfeeding": True, "comorbidities": ["influenza"]},
  [[r"oseltamivir|Tamiflu"], [r"(continu|keep)\w*.{0,25}(breast|feed)|(breastfeed|breast.feed|feeding)\w*.{0,40}(safe|fine|ok|okay|can continue|compatible)|compatible with breast|safe (while|during|when) (breast|feeding)"]], [],
  "Breastfeeding: oseltamivir is fine and breastfeeding should continue.")
Q("preg-07", "30 weeks pregnant with awful heartburn every night. what's safe to take?",
  "patient", S("gerd"), "safety", {"pregnant": True, "trimester": 3},
  [[r"antacid|alginate|Gaviscon|Rennie|Tums|calcium carbonate|Peptac|lifestyle|smaller meals|head of (the |your )?bed|raise the head"]], [],
  "Pregnancy: lifestyle measures and antacid/alginate first for heartburn.")
Q("preg-08", "Pregnant, 20/40, erythema migrans on the thigh 10 days after a tick bite - abx and duration?",
  "clinician", S("lyme-disease"), "drug_choice", {"pregnant": True, "trimester": 2, "comorbidities": ["erythema migrans"]},
  [[r"amoxic?ill?in|amoxycillin"]], [r"\bdoxycycline\b"],
  "Pregnancy: amoxicillin for erythema migrans; doxycycline must not be recommended.")

# ---------------------------------------------------------------- allergy (6)
Q("allergy-01", "58M, non-purulent leg cellulitis, systemically well. PCN allergy = anaphylaxis. Oral abx?",
  "clinician", S("cellulitis"), "drug_choice", {"age": 58, "sex": "M", "allergies": PEN_ANA},
  [[r"clarithromycin|erythromycin|doxycycline|clindamycin|azithromycin|co-?trimoxazole|trimethoprim.?sulfamethoxazole|linezolid"]],
  [r"\b(flucloxacillin|floxacillin|dicloxacillin|amoxic?ill?in|co-?amoxiclav|Augmentin|phenoxymethylpenicillin|cefalexin|cephalexin|cefazolin|cefadroxil|cefuroxime)\b|penicillin V\b"],
  "Severe penicillin allergy: non-beta-lactam for cellulitis; no penicillins or cephalosporins.")
Q("allergy-02", "I've got strep throat (swab positive). When I was little I got a mild itchy rash with amoxicillin, nothing serious. what antibiotic can I have?",
  "patient", S("streptococcal-pharyngitis"), "drug_choice", {"allergies": [{"substance": "amoxicillin", "severity": "mild (non-urticarial rash)"}]},
  [[r"clarithromycin|erythromycin|azithromycin|cefalexin|cephalexin|cefadroxil|clindamycin|cephalosporin"]],
  [r"phenoxymethylpenicillin|penicillin V\b|\bpen ?V\b|\bampicillin\b"],
  "Mild penicillin allergy: macrolide or (non-severe) first-generation cephalosporin; no penicillin V.")
Q("allergy-03", "67F with COPD, CAP, CURB-65 1, for home treatment. Anaphylaxis to penicillin. Abx?",
  "clinician", S("community-acquired-pneumonia"), "drug_choice", {"age": 67, "sex": "F", "comorbidities": ["COPD"], "allergies": PEN_ANA},
  [[r"doxycycline|clarithromycin|erythromycin|azithromycin|levofloxacin|moxifloxacin|respiratory (fluoro)?quinolone"]],
  [r"\b(amoxic?ill?in|amoxycillin|co-?amoxiclav|Augmentin|cefuroxime|cefpodoxime|ceftriaxone|cefotaxime|cefalexin|ampicillin)\b"],
  "Severe penicillin allergy in CAP: doxycycline/macrolide/respiratory quinolone; no beta-lactams.")
Q("allergy-04", "My 3 year old has an ear infection and the doctor thinks she needs antibiotics this time. She had anaphylaxis to penicillin last year. What can she have instead?",
  "patient", S("acute-otitis-media"), "drug_choice", {"age": 3, "sex": "F", "allergies": PEN_ANA},
  [[r"clarithromycin|erythromycin|azithromycin|clindamycin|macrolide"]],
  [r"\b(amoxic?ill?in|co-?amoxiclav|Augmentin|cefdinir|cefuroxime|cefpodoxime|ceftriaxone|cefaclor)\b"],
  "Child with penicillin anaphylaxis and AOM: macrolide; no amoxicillin or cephalosporin.")
Q("allergy-05", "Gout flare 1st MTP, 55M, eGFR 80. Hx of angioedema after ibuprofen. Options?",
  "clinician", S("gout"), "drug_choice", {"age": 55, "sex": "M", "allergies": [{"substance": "ibuprofen (NSAID)", "severity": "severe (angioedema)"}], "renal": "eGFR 80"},
  [[r"colchicine|prednisolone|prednisone|corticosteroid|steroid|methylprednisolone|triamcinolone|intra-?articular"]],
  [r"\b(naproxen|ibuprofen|indometacin|indomethacin|diclofenac|etoricoxib|celecoxib|ketorolac)\b"],
  "NSAID angioedema: colchicine or corticosteroid for the flare; no NSAIDs.")
Q("allergy-06", "Tested positive for H. pylori. I'm allergic to penicillin - I came out in hives all over. What treatment will I get?",
  "patient", S("h-pylori"), "treatment", {"allergies": [{"substance": "penicillin", "severity": "moderate (urticaria)"}], "comorbidities": ["Helicobacter pylori infection"]},
  [[r"bismuth|clarithromycin|metronidazole|levofloxacin|tetracycline|quadruple"], [r"PPI|proton pump|omeprazole|lansoprazole|esomeprazole|pantoprazole|rabeprazole|vonoprazan"]],
  [r"\bamoxic?ill?in\b|\bamoxycillin\b"],
  "Penicillin allergy: amoxicillin-free H. pylori regimen (bismuth quadruple or PPI-clarithromycin-metronidazole).")

# ---------------------------------------------------------------- older (6)
Q("older-01", "86F, non-valvular AF, CKD 3b (creat 140 umol/L, eGFR 32), weight 54 kg, a couple of falls - which DOAC and what dose?",
  "clinician", S("atrial-fibrillation"), "dose",
  {"age": 86, "sex": "F", "comorbidities": ["atrial fibrillation", "CKD 3b", "falls"], "renal": "eGFR 32, creatinine 140 umol/L"},
  [[r"apixaban|Eliquis|edoxaban|Lixiana|Savaysa|rivaroxaban|Xarelto|dabigatran|Pradaxa"], [r"2\.5 ?mg|30 ?mg|15 ?mg|110 ?mg|reduced.dose|dose.reduc|lower dose"]], [],
  "Older, frail, CKD: anticoagulate with dose-reduced DOAC (apixaban 2.5 mg bd meets criteria); falls are not a reason to withhold.")
Q("older-02", "79M gout flare knee, CKD 4 (eGFR 22), currently on clarithromycin for a chest infection - what to use?",
  "clinician", S("gout"), "drug_choice",
  {"age": 79, "sex": "M", "comorbidities": ["CKD stage 4"], "drugs": ["clarithromycin"], "renal": "eGFR 22"},
  [[r"prednisolone|prednisone|corticosteroid|steroid|intra-?articular|methylprednisolone|triamcinolone"]],
  [r"\b(naproxen|ibuprofen|indometacin|indomethacin|diclofenac|etoricoxib|celecoxib)\b"],
  "Older with CKD 4 and a CYP3A4/P-gp inhibitor: corticosteroid; no NSAIDs (colchicine interaction/renal).")
Q("older-03", "my mum is 81 and has trouble getting to sleep most nights for months now. She's had two falls this year. The GP offered zopiclone - is there something better?",
  "patient", S("insomnia"), "treatment", {"age": 81, "sex": "F", "comorbidities": ["chronic insomnia", "falls"]},
  [[r"CBT-?I|cognitive behaviou?ral|sleep (hygiene|restriction)|stimulus control|behaviou?ral (therapy|treatment|approach)|digital CBT|Sleepio"]],
  [r"\b(diazepam|temazepam|nitrazepam|lorazepam|loprazolam|zolpidem)\b"],
  "Older adult with falls: CBT-I first; avoid hypnotics.")
Q("older-04", "83M, clinic BP 164/92, ABPM daytime avg 154/88, no diabetes, mildly frail but independent - treat? target?",
  "clinician", S("hypertension"), "treatment", {"age": 83, "sex": "M", "comorbidities": ["mild frailty"], "negated": ["diabetes"]},
  [[r"treat|start|offer|initiat|antihypertensive|amlodipine|calcium.channel|CCB|thiazide|indapamide"], [r"\b1[2-5][05]\b"]], [],
  "Over 80 with stage 2 hypertension: treat, with an age-appropriate systolic target (e.g. <150/90 NICE, 130-139 ESC).")
Q("older-05", "89F, hip fracture 6 weeks ago, eGFR 24, Ca and vit D replete - which antiresorptive/bone drug?",
  "clinician", S("osteoporosis"), "drug_choice", {"age": 89, "sex": "F", "comorbidities": ["hip fracture"], "renal": "eGFR 24"},
  [[r"denosumab|Prolia|teriparatide|Forsteo|Forteo|abaloparatide|romosozumab|Evenity"]],
  [r"\b(alendron\w*|risedron\w*|zoledron\w*|ibandron\w*|Fosamax|Actonel|Aclasta|Reclast|Bonviva)\b"],
  "Older with eGFR <30-35: bisphosphonates not recommended; denosumab (or anabolic) instead.")
Q("older-06", "I'm 80 with arthritis in both knees and kidney problems (stage 3). I'm on warfarin. What painkiller is safe for me?",
  "patient", S("knee-osteoarthritis"), "safety", {"age": 80, "comorbidities": ["knee osteoarthritis", "CKD stage 3"], "drugs": ["warfarin"], "renal": "CKD stage 3"},
  [[r"paracetamol|acetaminophen|topical|gel|cream|capsaicin|exercise|physio"]],
  [r"\b(naproxen|celecoxib|etoricoxib|meloxicam)\b|ibuprofen tablets|diclofenac tablets"],
  "Older, CKD, warfarin: topical/non-drug measures and paracetamol; no oral NSAIDs.")

# ---------------------------------------------------------------- negated (6)
Q("negated-01", "55M newly dx T2DM, HbA1c 62, BMI 29, no ASCVD, no HF, no CKD (eGFR 90, ACR normal) - first line?",
  "clinician", S("type-2-diabetes"), "drug_choice",
  {"age": 55, "sex": "M", "negated": ["ASCVD", "heart failure", "CKD"], "renal": "eGFR 90, ACR normal"},
  [[r"metformin"]],
  [r"(because of|given|due to) (his |the )?(established )?(ASCVD|cardiovascular disease|heart failure|CKD|kidney disease)", r"\b(he|patient) has (established )?(ASCVD|heart failure|CKD)"],
  "Negated CVD/HF/CKD: metformin first line; must not reason as if those conditions were present.")
Q("negated-02", "I'm 44, white, no diabetes and no kidney problems. My home BP averages 148/94. Which blood pressure tablet is usually tried first?",
  "patient", S("hypertension"), "drug_choice", {"age": 44, "negated": ["diabetes", "kidney disease"]},
  [[r"ACE|ARB|angiotensin|ramipril|lisinopril|perindopril|enalapril|losartan|candesartan|irbesartan|valsartan|thiazide|indapamide|chlort(h)?alidone|amlodipine|calcium.channel|CCB"]],
  [r"(because of|given|due to|as you have) (your )?(diabetes|kidney disease|CKD)"],
  "Negated diabetes/CKD: standard first-line antihypertensive; not the diabetes/CKD rationale.")
Q("negated-03", "67M AF, no HTN, no DM, no HF, no previous stroke/TIA, no vascular disease - anticoagulate?",
  "clinician", S("atrial-fibrillation"), "treatment",
  {"age": 67, "sex": "M", "comorbidities": ["atrial fibrillation"], "negated": ["hypertension", "diabetes", "heart failure", "stroke/TIA", "vascular disease"]},
  [[r"CHA2?DS2?-?VA(Sc)?\D{0,20}\b1\b|score (of |is |= ?)?1\b|1 point|one point|consider|discuss|shared decision|reasonable"]],
  [r"(because of|given|due to) (his )?(hypertension|diabetes|heart failure|prior stroke|previous stroke)"],
  "Negated risk factors: CHA2DS2-VA(Sc) 1 from age alone, so consider anticoagulation; must not count absent factors.")
Q("negated-04", "I'm 32, female, get migraines a few times a month. No heart problems, blood pressure normal. Ibuprofen doesn't touch them. What next?",
  "patient", S("migraine"), "next_step", {"age": 32, "sex": "F", "negated": ["heart disease", "hypertension"], "drugs": ["ibuprofen"]},
  [[r"triptan|sumatriptan|rizatriptan|zolmitriptan|naratriptan|eletriptan|almotriptan|frovatriptan|Imigran|Maxalt|Zomig|Relpax"]],
  [r"(because of|given|due to) (your )?(heart (disease|problems)|high blood pressure|hypertension)"],
  "Negated CVD/hypertension: triptan (with or without NSAID) is appropriate next step.")
Q("negated-05", "40, heartburn most days for 2 months. no trouble swallowing, no weight loss, not being sick, not anaemic. do i need a camera test?",
  "patient", S("gerd"), "diagnosis", {"age": 40, "negated": ["dysphagia", "weight loss", "vomiting", "anaemia"]},
  [[r"no(t)? (need|needed|necessary|required|routinely)|don.t (usually )?need|isn.t (usually )?(needed|necessary)|not (usually|routinely)|without (an )?endoscopy|PPI|proton pump|omeprazole|lansoprazole|esomeprazole|pantoprazole"]],
  [r"(you|this) (needs?|requires?|should have) (an )?urgent (endoscopy|referral|camera)|2.week wait referral|suspected cancer pathway"],
  "Negated alarm features: empirical PPI trial, no routine endoscopy.")
Q("negated-06", "Hurt my back lifting 3 days ago. No numbness between my legs, peeing normally, never had cancer, no fever. Do I need an x-ray or a scan?",
  "patient", S("low-back-pain-acute"), "diagnosis", {"negated": ["saddle anaesthesia", "bladder dysfunction", "history of cancer", "fever"]},
  [[r"no(t)? (need|needed|necessary|required|recommended|routinely)|don.t (usually )?need|isn.t (usually )?(needed|necessary)|not (usually|routinely)|no (scan|x-?ray|imaging)|imaging (is )?(not|isn.t)|without imaging|avoid (routine )?imaging|won.t (help|change)"]],
  [r"(you|this) (may )?(have|has|suggests?) cauda equina", r"(needs?|requires?|should have) (an )?(urgent|emergency) MRI"],
  "Negated red flags: no imaging for acute non-specific low back pain.")

# ---------------------------------------------------------------- dose (4)
Q("dose-01", "colchicine dosing for acute gout flare? eGFR 75, no interacting drugs",
  "clinician", S("gout"), "dose", {"renal": "eGFR 75"},
  [[r"500 ?(micrograms?|mcg|µg|μg)|0\.5 ?mg|1\.2 ?mg|0\.6 ?mg"]], [],
  "Low-dose colchicine regimen (500 mcg 2-4x/day UK or 1.2 mg then 0.6 mg US).")
Q("dose-02", "whats the amoxicilin dose for my 3 yr old (15kg) with an ear infection?",
  "patient", S("acute-otitis-media"), "dose", {"age": 3},
  [[r"250 ?mg|80.{0,6}90 ?mg|90 ?mg ?/ ?kg|80 ?mg ?/ ?kg|45 ?mg ?/ ?kg|40 ?mg ?/ ?kg|600 ?mg|675 ?mg|1[23]\d0 ?mg"]], [],
  "Paediatric amoxicillin dose for AOM (250 mg tds NICE age 1-4, or 80-90 mg/kg/day AAP).")
Q("dose-03", "68M, known IHD, new overt hypothyroidism (TSH 38, low fT4) - starting levothyroxine dose?",
  "clinician", S("hypothyroidism"), "dose", {"age": 68, "sex": "M", "comorbidities": ["ischaemic heart disease", "hypothyroidism"]},
  [[r"\b(12\.5|25)\s*((to|-|–)\s*(25|50)\s*)?(micrograms?|mcg|µg|μg)"]], [],
  "Older/IHD: start low (25 mcg, 12.5-50) and titrate, not full replacement dose.")
Q("dose-04", "eGFR 40 (CrCl ~38). oseltamivir dose?",
  "clinician", S("influenza"), "dose", {"age": 72, "sex": "M", "comorbidities": ["COPD"], "renal": "eGFR 40, CrCl ~38"},
  [[r"30 ?mg"], [r"twice|b\.?d\b|bid\b|12.?hourly|every 12|two times"]], [],
  "Follow-up: renal dose adjustment for oseltamivir treatment (30 mg twice daily for CrCl 31-60).",
  previous=["72M, flu symptoms 24h, COPD, influenza circulating - antiviral?"])

# ---------------------------------------------------------------- which (3)
Q("which-01", "numb tingly fingers at night for a year, now I keep dropping things and the muscle at the base of my thumb looks wasted. who should i see?",
  "patient", S("carpal-tunnel-syndrome"), "which_clinician", {},
  [[r"surg|orthopa?ed|hand (specialist|clinic|service)|plastic|neurolog|refer|nerve conduction|specialist"]], [],
  "Carpal tunnel with thenar wasting/weakness: refer to hand/orthopaedic surgeon (nerve conduction studies).")
Q("which-02", "my psoriasis now covers my back, legs and scalp and the creams from my GP aren't working. do i need to see a dermatologist?",
  "patient", S("psoriasis"), "which_clinician", {"comorbidities": ["plaque psoriasis"]},
  [[r"dermatolog|skin specialist|specialist|refer"]], [],
  "Extensive psoriasis failing topicals: refer to dermatology (phototherapy/systemics).")
Q("which-03", "my baby is 7 weeks old and has a temperature of 38.3. should I wait and see the GP tomorrow or where do I take her?",
  "patient", S("fever-infants"), "which_clinician", {"age": "7 weeks", "sex": "F"},
  [[r"urgent|emergency|hospital|A ?& ?E|\bER\b|same.day|immediately|right away|straight away|now\b|paediatric|pediatric|999|911"]],
  [r"(fine|ok|okay|safe|reasonable) to wait"],
  "Fever >=38 C under 3 months is high risk: same-day hospital/paediatric assessment.")

# ---------------------------------------------------------------- duration (4)
Q("duration-01", "how many days of nitrofurantoin do I need for a bladder infection? I'm a healthy 35 year old woman",
  "patient", S("uncomplicated-cystitis"), "duration", {"age": 35, "sex": "F"},
  [[r"\b(3|5|three|five)\b[ -]?days?"]], [],
  "Nitrofurantoin course for uncomplicated cystitis: 3 days (NICE) or 5 days (IDSA).")
Q("duration-02", "Provoked DVT 3 wks post TKR, no other risk factors - duration of anticoag?",
  "clinician", S("venous-thromboembolism"), "duration", {"comorbidities": ["provoked DVT after total knee replacement"]},
  [[r"\b(3|three)\b[ -]?months?|12 weeks|90 days"]], [],
  "Provoked VTE with transient major risk factor: 3 months.")
Q("duration-03", "how much longer should i keep taking it?? id like to stop",
  "patient", S("depression"), "duration", {"comorbidities": ["depression"], "drugs": ["sertraline"]},
  [[r"\b(6|six)\b.{0,15}months?|at least (6|six)|(9|12|nine|twelve) months|a year|(2|two) years"], [r"taper|gradual|slowly|reduc|(don.t|do not|not) stop (it )?(suddenly|abruptly)|withdrawal|discontinuation|with your (doctor|GP)"]], [],
  "Follow-up: continue antidepressant at least 6 months after remission, then taper.",
  previous=["I've been on sertraline for depression for 4 months and I finally feel much better."])
Q("duration-04", "CAP, CURB-65 0, on amoxicillin, afebrile and improving by day 3 - total course length?",
  "clinician", S("community-acquired-pneumonia"), "duration", {"drugs": ["amoxicillin"]},
  [[r"\b(5|five)\b[ -]?days?"]], [],
  "Low-severity CAP improving: 5-day course.")

# ---------------------------------------------------------------- adverse (4)
Q("adverse-01", "started atorvastatin 3 months ago and now my thighs ache all the time. should i just stop it?",
  "patient", S("lipids-statins"), "side_effects", {"drugs": ["atorvastatin"]},
  [[r"\bCK\b|creatine kinase|blood test|lower dose|reduc|switch|different statin|alternative statin|another statin|re-?challenge|pause|restart|re-?start|doctor|GP"]], [],
  "Statin muscle symptoms: check CK, pause/rechallenge, lower dose or switch rather than simply abandon.")
Q("adverse-02", "I've got angina and use a GTN spray when I need it. Can I take Viagra?",
  "patient", S("stable-angina"), "interactions", {"comorbidities": ["angina"], "drugs": ["GTN spray"]},
  [[r"\bno\b|\bnot\b|never|don.t|must not|contraindicat|avoid|dangerous|unsafe"], [r"blood pressure|hypotension|\bBP\b|faint|collapse"]], [],
  "Nitrate + PDE5 inhibitor interaction: contraindicated (severe hypotension).")
Q("adverse-03", "about to start Roaccutane - what are the main side effects, and is it true it can affect your mood?",
  "patient", S("acne"), "side_effects", {"drugs": ["isotretinoin (Roaccutane)"]},
  [[r"dry|cheilitis|chapped"], [r"mood|depress|psychiatric|suicid|mental health"]], [],
  "Isotretinoin adverse effects: dryness/cheilitis and psychiatric monitoring (plus teratogenicity).")
Q("adverse-04", "it's giving me terrible diarhoea and stomach cramps. what can I do?",
  "patient", S("type-2-diabetes"), "side_effects", {"comorbidities": ["type 2 diabetes"], "drugs": ["metformin"]},
  [[r"modified.release|extended.release|slow.release|prolonged.release|\bMR\b|\bXR\b|\bER\b|\bSR\b|with (food|meals)|after (food|meals)|titrat|lower dose|reduc|build up|gradual|temporar|settle|improve"]], [],
  "Follow-up: metformin GI side effects; take with food, titrate slowly, switch to modified-release.",
  previous=["I was started on metformin 2 weeks ago for type 2 diabetes."])

# ---------------------------------------------------------------- next (4)
Q("next-01", "24F asthma on Clenil 100 2 puffs bd + salbutamol prn, using reliever 4x/wk and waking once a week, technique and adherence OK - next step?",
  "clinician", S("asthma"), "next_step",
  {"age": 24, "sex": "F", "comorbidities": ["asthma"], "drugs": ["beclometasone 100 mcg 2 puffs bd", "salbutamol prn"]},
  [[r"MART|SMART|maintenance and reliever|ICS.?formoterol|budesonide.?formoterol|beclometasone.?formoterol|Symbicort|Fostair|DuoResp|ICS.?LABA|\bLABA\b|formoterol"]], [],
  "Uncontrolled on low-dose ICS: switch to ICS-formoterol MART (or add LABA).")
Q("next-02", "still NYHA II, BP 118/70, K 4.6, eGFR 55. next?",
  "clinician", S("heart-failure-reduced-ef"), "next_step",
  {"comorbidities": ["HFrEF (EF 30%)"], "drugs": ["ramipril 10 mg", "bisoprolol 5 mg"], "renal": "eGFR 55"},
  [[r"SGLT2|dapagliflozin|empagliflozin|Forxiga|Farxiga|Jardiance|gliflozin"], [r"spironolactone|eplerenone|\bMRA\b|mineralocorticoid|aldosterone antagonist|sacubitril|Entresto|ARNI"]], [],
  "Follow-up: HFrEF on ACEi + beta-blocker, add SGLT2i and MRA (consider ARNI).",
  previous=["HFrEF, EF 30%, on ramipril 10 mg and bisoprolol 5 mg"])
Q("next-03", "been on sertraline 100mg for 8 weeks and honestly not much better. what happens now?",
  "patient", S("depression"), "next_step", {"comorbidities": ["depression"], "drugs": ["sertraline 100 mg"]},
  [[r"increas|higher dose|switch|chang|different (antidepressant|medication|SSRI)|augment|\badd|combin|(talking|psychological) therap|\bCBT\b|review"]], [],
  "Inadequate response to SSRI: increase dose, switch, or add psychological therapy/augment.")
Q("next-04", "chronic constipation for years. tried more fibre, fluids, Movicol daily and senna - still only going twice a week. what next?",
  "patient", S("constipation"), "next_step", {"comorbidities": ["chronic constipation"], "drugs": ["Movicol (macrogol)", "senna"]},
  [[r"prucalopride|Resolor|Motegrity|linaclotide|Linzess|Constella|lubiprostone|Amitiza|plecanatide|Trulance|secretagogue|specialist|refer|gastroenterolog|anorectal|dyssynergi|biofeedback|transit"]], [],
  "Failure of osmotic and stimulant laxatives: prucalopride/secretagogue or specialist assessment for dyssynergia.")

# ---------------------------------------------------------------- choice (4)
Q("choice-01", "Blocked runny nose all year round, allergy test says dust mite. Which nasal spray actually works best?",
  "patient", S("allergic-rhinitis"), "drug_choice", {"comorbidities": ["perennial allergic rhinitis"]},
  [[r"(intranasal|nasal) (cortico)?steroid|steroid (nasal )?spray|corticosteroid spray|fluticasone|mometasone|budesonide|beclometasone|beclomethasone|triamcinolone|ciclesonide|Flonase|Nasonex|Avamys|Beconase|Nasacort|Dymista"]], [],
  "Perennial allergic rhinitis: intranasal corticosteroid is the most effective single spray.")
Q("choice-02", "Smoker 25/day, motivated to quit, no psych hx - most effective pharmacotherapy?",
  "clinician", S("smoking-cessation"), "drug_choice", {"negated": ["psychiatric history"]},
  [[r"varenicline|Champix|Chantix|combination NRT|combination nicotine|dual NRT|combined NRT|patch (plus|and|\+|with) (a )?(short.acting|faster.acting|gum|lozenge|inhalator|spray)|e-?cig|vap"]], [],
  "Most effective cessation pharmacotherapy: varenicline or combination NRT.")
Q("choice-03", "GP says I have generalised anxiety disorder. The CBT waiting list is long. which medication is usually tried first?",
  "patient", S("generalised-anxiety"), "drug_choice", {"comorbidities": ["generalised anxiety disorder"]},
  [[r"sertraline|SSRI|escitalopram|paroxetine|SNRI|venlafaxine|duloxetine|Lustral|Zoloft|Cipralex|Lexapro"]], [],
  "GAD first-line drug: SSRI (sertraline per NICE) or SNRI.")
Q("choice-04", "45F, BMI 38, T2DM, HbA1c 64 on metformin - which weight-loss injectable gives the most weight loss?",
  "clinician", S("obesity"), "drug_choice",
  {"age": 45, "sex": "F", "comorbidities": ["obesity (BMI 38)", "type 2 diabetes"], "drugs": ["metformin"]},
  [[r"tirzepatide|Mounjaro|Zepbound|semaglutide|Wegovy|Ozempic"]], [],
  "Most effective anti-obesity injectable: tirzepatide (or semaglutide 2.4 mg).")

# ---------------------------------------------------------------- treat (4)
Q("treat-01", "just been diagnosed with fibromyalgia. what actually helps?",
  "patient", S("fibromyalgia"), "treatment", {"comorbidities": ["fibromyalgia"]},
  [[r"exercise|physical activity|aerobic|activity"]], [],
  "Fibromyalgia: exercise is the core, best-evidenced treatment.")
Q("treat-02", "40M, woke up with one side of my face drooping, cant close my eye properly. doctor says Bell's palsy. what's the treatment?",
  "patient", S("bells-palsy"), "treatment", {"age": 40, "sex": "M", "comorbidities": ["Bell's palsy"]},
  [[r"prednisolone|prednisone|steroid|corticosteroid"], [r"\beye|tape|lubricat|artificial tears|drops|ointment"]], [],
  "Bell's palsy within 72 h: oral corticosteroid plus eye protection.")
Q("treat-03", "my 2 yr old has had diarrhoea and vomiting since yesterday, still weeing but a bit less than normal. what should I do?",
  "patient", S("acute-gastroenteritis-children"), "treatment", {"age": 2},
  [[r"oral rehydration|\bORS\b|rehydration (solution|sachets|salts)|Dioralyte|Pedialyte|Electrolade|fluids"]], [],
  "Child with gastroenteritis and possible mild dehydration: oral rehydration solution.")
Q("treat-04", "Plaque psoriasis, few plaques on elbows/knees, <5% BSA, adult - first-line topical?",
  "clinician", S("psoriasis"), "treatment", {"comorbidities": ["plaque psoriasis"]},
  [[r"steroid|corticosteroid|betamethasone|clobetasol|mometasone|calcipotriol|calcipotriene|vitamin D|Dovobet|Enstilar|Daivobet|Wynzora|Taclonex"]], [],
  "Limited plaque psoriasis: potent topical corticosteroid with/without vitamin D analogue.")

# ---------------------------------------------------------------- diag (4)
Q("diag-01", "Rolled my ankle at football. I can hobble 4 steps but it's really tender right on the tip of the ankle bone on the outside. do I need an xray?",
  "patient", S("ankle-sprain"), "diagnosis", {},
  [[r"x-?ray|radiograph"], [r"Ottawa|\byes\b|should|needed|recommended|indicated|warranted"]], [],
  "Ottawa rules positive (malleolar tip tenderness): x-ray indicated.")
Q("diag-02", "how do doctors diagnose IBS? do i need a colonoscopy?",
  "patient", S("irritable-bowel-syndrome"), "diagnosis", {},
  [[r"symptom|Rome|clinical|history|pattern"], [r"coeliac|celiac|\btTG|calprotectin|blood test|full blood count|\bFBC\b|\bCBC\b|\bCRP\b"]], [],
  "IBS: positive symptom-based diagnosis with limited tests (FBC, CRP, coeliac serology, calprotectin); colonoscopy only for red flags.")
Q("diag-03", "Suspected DVT, two-level Wells 0 (DVT unlikely) - workup?",
  "clinician", S("venous-thromboembolism"), "diagnosis", {},
  [[r"D.?dimer"]], [],
  "DVT unlikely: D-dimer first; ultrasound only if positive.")
Q("diag-04", "I've been taking omeprazole every day. Will that mess up my H pylori breath test?",
  "patient", S("h-pylori"), "diagnosis", {"drugs": ["omeprazole"]},
  [[r"\b(2|two)\b.?weeks?|14 days|fortnight"], [r"stop|hold|\boff\b|withh?old|pause"]], [],
  "PPIs cause false-negative urea breath tests: stop 2 weeks before.")

# ---------------------------------------------------------------- how (3)
Q("how-01", "just been given alendronic acid once a week. how do i take it properly?",
  "patient", S("osteoporosis"), "how_to_take", {"drugs": ["alendronic acid weekly"]},
  [[r"empty stomach|before (food|breakfast|eating|any food)|first thing|fasting"], [r"upright|sit(ting)? up|standing|\bstand|don.t lie|not lie|avoid lying"]], [],
  "Alendronate administration: fasting, full glass of water, stay upright 30 min.")
Q("how-02", "how should i take the iron tablets? i drink loads of tea",
  "patient", S("iron-deficiency-anaemia"), "how_to_take", {"comorbidities": ["iron deficiency anaemia"]},
  [[r"\btea\b|coffee"], [r"once (a )?da(il)?y|one tablet a day|alternate|every other day|empty stomach|vitamin C|orange juice|before (food|meals)"]], [],
  "Follow-up: oral iron once daily/alternate days, away from tea; vitamin C may help.",
  previous=["GP says I have iron deficiency anaemia, ferritin 6."])
Q("how-03", "my son's been prescribed an EpiPen for his peanut allergy. how exactly do I use it if he has a bad reaction?",
  "patient", S("anaphylaxis"), "how_to_take", {"comorbidities": ["peanut allergy"], "drugs": ["EpiPen"]},
  [[r"thigh"], [r"999|911|112|ambulance|emergency"]], [],
  "Adrenaline auto-injector technique: outer thigh, then call emergency services.")

# ---------------------------------------------------------------- comp (3)
Q("comp-01", "is omeprazole better than famotidine for acid reflux?",
  "patient", S("gerd"), "comparison", {},
  [[r"PPI|proton pump|omeprazole"], [r"more effective|better|superior|stronger|first.line|preferred|more potent"]], [],
  "PPIs are more effective than H2 receptor antagonists for GERD.")
Q("comp-02", "Shoulder impingement for 6 months. The surgeon offered subacromial decompression - is surgery better than physio?",
  "patient", S("rotator-cuff-tendinopathy"), "comparison", {"comorbidities": ["subacromial impingement"]},
  [[r"physio|exercise|rehab"], [r"no better|not (better|superior)|similar|placebo|sham|no (additional|extra|clear|meaningful) benefit|not recommended|against|first"]], [],
  "Subacromial decompression is no better than placebo surgery; exercise-based physio first.")
Q("comp-03", "do i need antibiotics or will it clear on its own?",
  "patient", S("acute-rhinosinusitis"), "comparison", {},
  [[r"viral|on its own|by itself|self.limiting|resolv|get better|clear up|without antibiotics|2.?3 weeks|(2|two) to (3|three) weeks|within (2|3|two|three)"],
   [r"not (usually )?(need|needed|necessary|recommended|helpful)|no antibiotic|don.t (usually )?need|antibiotics? (are|is) (not|rarely|unlikely)|little (benefit|difference)|back.?up|delayed|only if|unless|10 days"]], [],
  "Follow-up: acute sinusitis is usually viral/self-limiting; antibiotics rarely needed (backup if >10 days or severe).",
  previous=["Sinus infection for 5 days, face pain and blocked nose."])

# ---------------------------------------------------------------- cause (3)
Q("cause-01", "what causes piriformis syndrome? is it the same thing as sciatica?",
  "patient", S("piriformis-deep-gluteal"), "cause", {},
  [[r"sciatic nerve"], [r"compress|entrap|irritat|pinch|trap|squeez"]], [],
  "Piriformis/deep gluteal syndrome = non-discogenic sciatic nerve entrapment in the buttock.")
Q("cause-02", "61M, new IDA (Hb 98, ferritin 5), no overt bleeding, no GI sx - what cause needs excluding?",
  "clinician", S("iron-deficiency-anaemia"), "cause", {"age": 61, "sex": "M", "comorbidities": ["iron deficiency anaemia"]},
  [[r"endoscop|colonoscop|gastroscop|\bOGD\b|\bEGD\b|bidirectional|GI (blood loss|bleed|cancer|malignan|tract)|gastrointestinal|colorectal|bowel cancer|gastric cancer"]], [],
  "Man with IDA: GI blood loss/malignancy must be excluded (bidirectional endoscopy, coeliac serology).")
Q("cause-03", "what causes eczema in babies? did i do something wrong?",
  "patient", S("atopic-dermatitis"), "cause", {},
  [[r"skin barrier|barrier|genetic|genes|inherit|family history|runs in families|atop|filaggrin|immune"]], [],
  "Atopic eczema cause: inherited skin barrier dysfunction/atopy, not parental fault.")

# ---------------------------------------------------------------- prog (3)
Q("prog-01", "my 14yo daughter got concussed at rugby on Saturday. how long until she's back to normal?",
  "patient", S("concussion"), "prognosis", {"age": 14, "sex": "F", "comorbidities": ["concussion"]},
  [[r"days|weeks|most (children|young people|people|recover)"]], [],
  "Concussion prognosis: most children recover within about 4 weeks.")
Q("prog-02", "stiff painful neck for a week after sleeping funny. will it get better on its own?",
  "patient", S("neck-pain"), "prognosis", {},
  [[r"days|weeks|most (people|cases)|get better|improv|resolv|settle|on its own"]], [],
  "Acute non-specific neck pain usually settles within days to weeks.")
Q("prog-03", "Tennis elbow 4 months. will it ever go away without an injection?",
  "patient", S("lateral-epicondylitis"), "prognosis", {"comorbidities": ["tennis elbow"]},
  [[r"months|year|self.limiting|resolv|get better|improv|go away|on its own"]], [],
  "Tennis elbow is self-limiting, usually resolving within 6-24 months; steroid injections worsen long-term outcomes.")

# ---------------------------------------------------------------- contag (3)
Q("contag-01", "how long am i contagious with the flu? want to know when i can go back to work",
  "patient", S("influenza"), "contagious", {"comorbidities": ["influenza"]},
  [[r"\b(1|5|7|one|five|seven)\b.{0,15}days?|a week|24 hours|fever.free|no (longer|more) (a )?(fever|temperature)|(fever|temperature) (has )?(gone|settled|returned to normal)"]], [],
  "Influenza infectivity: ~1 day before to 5-7 days after onset; return when well/fever-free 24 h.")
Q("contag-02", "I've got shingles. Can my grandchildren catch it from me?",
  "patient", S("herpes-zoster"), "contagious", {"comorbidities": ["shingles"]},
  [[r"chickenpox|chicken pox|varicella"], [r"crust|scab|dried|cover|blister|fluid|rash"]], [],
  "Shingles is not caught as shingles, but non-immune contacts can get chickenpox from blister fluid until lesions crust.")
Q("contag-03", "when can he go back to school?",
  "patient", S("streptococcal-pharyngitis"), "contagious", {"age": 7, "sex": "M", "drugs": ["amoxicillin"]},
  [[r"24 hours|12 hours|a day|one day|next day|12.?(to|-|–).?24|after (a|one) (full )?day"]], [],
  "Follow-up: strep throat; return to school after 12-24 h of antibiotics and no fever.",
  previous=["My son (7) was diagnosed with strep throat today and started amoxicillin."])

# ---------------------------------------------------------------- prev (3)
Q("prev-01", "going hiking in the highlands this summer where there are loads of ticks. how do i avoid getting lyme disease?",
  "patient", S("lyme-disease"), "prevention", {},
  [[r"repellent|DEET|permethrin|picaridin|icaridin|long (sleeves|trousers|pants)|cover|tuck"], [r"check|remov|tick twister|tweezers"]], [],
  "Lyme prevention: repellents/clothing plus tick checks and prompt removal.")
Q("prev-02", "Is there anything to protect my newborn from RSV this winter?",
  "patient", S("bronchiolitis"), "prevention", {"age": "newborn"},
  [[r"nirsevimab|Beyfortus|palivizumab|Synagis|RSV vaccine|Abrysvo|monoclonal|antibod|immuni[sz]ation|maternal vaccin"]], [],
  "RSV prevention in infants: nirsevimab or maternal RSV vaccination.")
Q("prev-03", "3rd episode of leg cellulitis in 12 months, 62F with lymphoedema - prophylaxis?",
  "clinician", S("cellulitis"), "prevention", {"age": 62, "sex": "F", "comorbidities": ["lymphoedema", "recurrent cellulitis"]},
  [[r"phenoxymethylpenicillin|penicillin V\b|\bpen V\b|erythromycin|prophyla|long.term antibiotic|low.dose antibiotic"], [r"compression|lymph(o)?edema|lymphoedema|oedema|edema|skin care|tinea|athlete|emollient|predispos"]], [],
  "Recurrent cellulitis: antibiotic prophylaxis (penicillin V) plus treating predisposing factors (oedema, tinea).")

# ---------------------------------------------------------------- def (2)
Q("def-01", "my kidney blood/urine results say urine ACR 12 mg/mmol. what does that mean?",
  "patient", S("ckd-albuminuria"), "definition", {},
  [[r"albumin|protein"], [r"\bA2\b|moderately (increased|raised|elevated|high)|microalbuminuria|moderate"]], [],
  "ACR 3-30 mg/mmol = moderately increased albuminuria (A2).")
Q("def-02", "what is proximal hamstring tendinopathy? my physio mentioned it",
  "patient", S("proximal-hamstring-tendinopathy"), "definition", {},
  [[r"tendon|tendin"], [r"sit(ting)? bones?|ischial|ischium|buttock|top of the (back of the )?thigh|pelvis|where the hamstrings? attach|origin"]], [],
  "Definition: tendinopathy of the hamstring origin at the ischial tuberosity (sitting bone).")

# ---------------------------------------------------------------- over (3)
Q("over-01", "overview of managing alcohol dependence in primary care pls",
  "clinician", S("alcohol-use-disorder"), "overview", {},
  [[r"AUDIT|withdrawal|detox|acamprosate|naltrexone|disulfiram|nalmefene|chlordiazepoxide|thiamine|psychological|psychosocial|brief intervention|counsel"]], [],
  "AUD overview: assessment (AUDIT), withdrawal management with thiamine, relapse-prevention drugs and psychosocial support.")
Q("over-02", "I've had lower back pain for over a year. what actually works for long-term back pain?",
  "patient", S("low-back-pain-chronic"), "overview", {"comorbidities": ["chronic low back pain"]},
  [[r"exercise|physical activity|physio|movement|\bactive"]], [],
  "Chronic low back pain overview: exercise/active therapies with psychological approaches; avoid opioids.")
Q("over-03", "what are tension headaches and how are they treated?",
  "patient", S("tension-type-headache"), "overview", {},
  [[r"paracetamol|acetaminophen|ibuprofen|aspirin|NSAID|painkiller|pain relief|analges"], [r"muscle|tight|band|pressure|stress|squeez"]], [],
  "Tension-type headache overview: band-like pressure headache; simple analgesia acute, limit use to avoid medication overuse.")

import sys; sys.path.insert(0, '/tmp'); import frame2_patch; frame2_patch.apply(ITEMS)
# ================================================================ checks
ids = [i["id"] for i in ITEMS]
assert len(ids) == len(set(ids)), "duplicate ids"
topics = set()
for line in open("/tmp/exp/library-topics.txt"):
    if line.strip():
        topics.add(line.split("|")[0].strip())
KINDS = "neigh parent preg allergy older negated dose which duration adverse next choice treat diag cause prog contag prev def comp how over".split()
ASKS = set("treatment next_step drug_choice dose duration how_to_take side_effects interactions safety diagnosis cause prognosis contagious prevention definition comparison which_clinician overview".split())
PKEYS = {"age", "sex", "pregnant", "trimester", "breastfeeding", "allergies", "comorbidities", "negated", "drugs", "renal"}
for it in ITEMS:
    kind, nn = it["id"].rsplit("-", 1)
    assert kind in KINDS and len(nn) == 2 and nn.isdigit(), it["id"]
    assert it["ask"] in ASKS, it["id"]
    assert it["audience"] in ("clinician", "patient")
    assert set(it["patient"]) <= PKEYS, it["id"]
    for a in it["patient"].get("allergies", []):
        assert set(a) == {"substance", "severity"}
    if it["expect"] == "answered":
        assert it["topic"] in topics, it["id"]
        assert 1 <= len(it["must"]) <= 3, it["id"]
    else:
        assert it["topic"] is None and it["must"] == [], it["id"]
        assert kind == "neigh"
    for g in it["must"]:
        assert isinstance(g, list) and g
        for r in g:
            re.compile(r, re.I)
    for r in it["must_not"]:
        re.compile(r, re.I)
    assert set(it) == {"id", "question", "previous", "audience", "expect", "topic", "ask", "patient", "must", "must_not", "note"}

# ================================================================ split
by_kind = collections.defaultdict(list)
for it in ITEMS:
    by_kind[it["id"].rsplit("-", 1)[0]].append(it)
dev, test = [], []
odd_round_up = True  # alternate rounding for odd-sized kinds (alphabetical) to keep 60/60
counts = {}
for kind in sorted(by_kind):
    items = sorted(by_kind[kind], key=lambda x: x["id"])
    random.Random(7).shuffle(items)
    n = len(items)
    if n % 2:
        h = n // 2 + (1 if odd_round_up else 0)
        odd_round_up = not odd_round_up
    else:
        h = n // 2
    dev += items[:h]
    test += items[h:]
    counts[kind] = (h, n - h)

out = "/work/main/eval/frame2/"
for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
    with open(out + name, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

# re-read and verify
for name in ("dev.jsonl", "test.jsonl"):
    for line in open(out + name):
        json.loads(line)

print("total", len(ITEMS), "dev", len(dev), "test", len(test))
print("patient voice", sum(i["audience"] == "patient" for i in ITEMS))
print("follow-ups", sum(bool(i["previous"]) for i in ITEMS))
print("abstain", sum(i["expect"] != "answered" for i in ITEMS))
used = {i["topic"] for i in ITEMS if i["topic"]}
print("topics used", len(used), "of", len(topics), "unused:", sorted(topics - used))
for k in KINDS:
    print(k, counts[k])
json.dump(counts, open("/tmp/frame2_counts.json", "w"))
