# Kineret Coach: what the app teaches (English).
# Facts come only from the project's fact sheet (shared/clinical/kineret-facts.md).
# Keep sentences short and words common (6th-grade level or below).
# Structure (order, region, sources, pictures) lives in assets/content.ron.

## Sources: the name of each document and its date.

source-S0 = MedicineNet page on Kineret (February 2017)
source-S1 = Patient leaflet, RheumInfo, Canada
source-S2 = Drug guide of the American College of Rheumatology (ACR, June 2024)
source-S3 = EU overview of Kineret, EMA (December 2021)
source-US-PI = US prescribing information (FDA, 2025)
source-US-PPI = US patient information
source-EU-PL = EU package leaflet (current text, checked 2024)
source-EU-PL-24 = EU package leaflet, "How to inject" steps (2024 text)
source-EU-SmPC = EU label for doctors (SmPC)
source-SOBI = Pages from the maker, Sobi
source-PDR = PDR drug summary, based on the US label (2022)
source-2nd = Other drug guides (drugs.com, MedlinePlus)
source-APP = General advice from this app, not from the label

## 1. How Kineret works

sec-how-title = How Kineret works
sec-how-summary = What it is, what it is for, what to expect.
how-key-what = Kineret is a medicine you inject under your skin. Most people use it once a day.
how-key-il1 = Your body makes a signal called IL-1. IL-1 can cause swelling and pain. Kineret blocks it.
how-key-immune = Kineret turns down your immune system. So it can be harder to fight germs.
how-made = Kineret is a copy of a protein your own body makes. It is made by bacteria in a lab.
how-uses-us = In the US, Kineret is approved for three uses:
    • adults with rheumatoid arthritis (RA) when another RA drug did not help.
    • NOMID (neonatal-onset multisystem inflammatory disease). It starts in newborn babies.
    • DIRA (deficiency of interleukin-1 receptor antagonist). The body does not make its own IL-1 blocker.
how-uses-eu = In the EU, Kineret is approved for:
    • adults with rheumatoid arthritis (RA), together with a drug called methotrexate, when methotrexate alone does not help enough.
    • CAPS (cryopyrin-associated periodic syndromes).
    • FMF (familial Mediterranean fever).
    • Still's disease.
    • adults with a COVID-19 lung infection who need oxygen. A blood test must show a high level of a protein called suPAR.
how-covid-us = Kineret is not approved for COVID-19 in the US.
how-kids-us = Kineret is not for children with juvenile rheumatoid arthritis.
how-kids-eu = It is not for children or teens with RA or COVID-19. It is not for babies under 8 months.
how-carers-us = For parents and carers: with NOMID or DIRA, a child's dose depends on the child's weight. Give the dose the doctor wrote down. This app never works out a dose.
how-carers-eu = For parents and carers: children can use Kineret for CAPS, FMF or Still's disease from 8 months of age, if they weigh at least 10 kg. Give the dose the doctor wrote down. This app never works out a dose.
how-dose = Your doctor sets your dose. For RA, it is 100 mg once a day. For some rare diseases, it depends on your weight. This app never works out a dose.
how-syringe = Each syringe holds 100 mg of Kineret in 0.67 mL of liquid. Use each syringe one time only.
how-syringe-parts = The syringe is made of glass. Its needle is very thin (29 gauge). The liquid has no preservative.
how-syringe-eu = The syringe in the EU has marks on it, like a ruler. They let you give a dose of 20 to 90 mg if your doctor prescribes one. Your nurse will show you how.
how-syringe-us = For NOMID and DIRA, use a new syringe for each dose. Throw away what is left.
how-pack-us = A box holds 7 syringes. There is also a pack of 4 boxes of 7 (28 syringes).
how-pack-eu = A pack holds 1, 7 or 28 syringes (4 boxes of 7).
how-expect = Many people get red or itchy skin where they inject. This is most common in the first weeks. You will also need blood tests.
how-time = Inject at about the same time each day.

## 2. Giving your injection, step by step

sec-steps-title = Giving your injection, step by step
sec-steps-summary = From the fridge to the sharps box.
steps-key-trained = Only inject yourself after a nurse or doctor has trained you.
steps-key-leaflet = Follow the leaflet in your pack and what your nurse showed you.
steps-key-new = Use a new syringe every time.
steps-key-small-us = Is your dose less than 100 mg? Never inject the whole syringe. Ask your nurse or pharmacist how to give your dose. Throw away what is left.
steps-key-small-eu = Is your dose less than 100 mg? Never inject the whole syringe. First set your dose over gauze, as the steps show and your nurse taught you.
step-need = Get these ready: one syringe, alcohol wipes, and clean (sterile) gauze or a tissue.
step-fridge = Take one syringe from the fridge.
step-warm = Take one syringe out of the fridge. Take it out of the box. Let it warm up for about 30 minutes.
step-no-heat = Do not warm it any other way. No microwave. No hot water. You may hold it in your hand for a few minutes.
step-no-shake = Do not shake it. If it looks foamy, let it sit until the foam is gone.
step-expiry = Look for the date after EXP on the label. Do not use the syringe after the last day of that month.
step-expiry-us = Look at the date on the label. Do not use the syringe after that date. Do not use it if it may have frozen.
step-check = Look at the liquid. It should be clear, with no color or a little white. A few small white or see-through bits are OK. Do not use it if it is cloudy or has changed color. Do not use it if it has many bits, or bits of any other kind. Not sure? Don't use it. Ask your pharmacist.
step-dropped = Was the syringe dropped? Does it look broken? Then do not use it. Take a new one.
step-warm-eu = For comfort, let it lie at room temperature for about 30 minutes. Or hold it gently in your hand for a few minutes.
step-no-heat-eu = Never warm it any other way. No microwave. No hot water.
step-cap-on = Keep the cap on the needle until you are ready to inject.
step-wash = Wash your hands well.
step-table = Find a clean, well-lit, comfortable place to work. Put everything where you can reach it.
step-dose-eu = Know your dose. It is 100 mg, or a smaller dose from 20 to 90 mg. Your doctor tells you which.
step-dose-us = Know your dose. Is it less than 100 mg? Then do not inject the whole syringe. Ask your nurse or pharmacist how to give it.
step-cap-off = Hold the syringe by its glass barrel. Pull the cap straight off the needle. Do not twist it. Do not touch the needle or push the plunger. Throw the cap away.
step-bubbles = Dose of 100 mg: you may see small air bubbles. You do not need to get rid of them. It is not harmful to inject them.
step-small-drop = Only for a dose of 20 to 90 mg: hold the syringe with the needle up. Push the plunger slowly until a small drop shows at the tip of the needle.
step-small-gauze = Only for a dose of 20 to 90 mg: put the gauze on a flat surface. Hold the syringe with the needle down over it. The needle must not touch the gauze. Push slowly until the front edge of the plunger is at the mark for your dose. The extra liquid drips onto the gauze.
step-small-wrong = Only for a dose of 20 to 90 mg: could not set the right dose? Throw the syringe away and use a new one.
step-site = Pick your spot. Use an allowed area. Stay at least 2.5 cm (1 inch) from your last spots.
step-site-eu = Pick your spot in an allowed area. Use a new spot each time. The site map in this app can help.
step-clean-pinch = Clean the skin with an alcohol wipe. Then pinch the skin between your thumb and first finger. Do not squeeze hard.
step-inject = Inject under the skin, the way your nurse showed you.
step-insert = Push the needle all the way into the skin, the way your nurse or doctor showed you.
step-push = Push the plunger slowly and evenly to inject the liquid. Keep the skin pinched.
step-let-go = Take the needle out. Then let go of the skin.
step-once = Use the syringe one time only. Do not use any liquid left in it.
step-once-eu = Throw away any medicine left in the syringe. Use each syringe for one injection only. Never use it again: that could cause an infection.
step-no-recap = Do not put the cap back on the used needle.
step-sharps = Put the used syringe in a sharps box right away. It is a hard box that needles cannot poke through.
step-sharps-eu = Put the used syringe and the wet gauze in your sharps box. Keep the box out of the reach of children. Then wipe the surface with a new alcohol wipe.
steps-other = This app shows only some of the steps. For every step, follow the leaflet in your pack and what your nurse showed you.
steps-other-eu = These steps come from the EU leaflet in your pack. Always follow it and what your nurse showed you.
steps-language-us = Ask your pharmacist if any step in the leaflet is not clear to you.
steps-bin = When the sharps box is full, ask your nurse or pharmacist how to get rid of it. Follow your local rules.
steps-bin-eu = Do not put used syringes or medicine in household waste or down the drain. Ask your pharmacist how to get rid of the full box. Follow your local rules.

## 3. Choosing your injection site

sec-sites-title = Choosing your injection site
sec-sites-summary = Where to inject, and how to move your spot each day.
sites-key-areas = There are four areas you can use: the outer upper arms, the belly, the front of the thighs, and the upper outer buttocks.
sites-key-navel = Never inject within 5 cm (2 inches) of your belly button.
sites-key-move = Use a new spot each time. Keep it at least 2.5 cm (1 inch) from your last spots.
sites-key-areas-eu = The EU leaflet names four areas: the belly (not the area around the belly button), the top of the thighs, the upper outer buttocks, and the outer upper arms.
sites-key-move-eu = Change the spot each time, so that one area does not get sore.
sites-key-rule-eu = This app keeps you at least 5 cm (2 inches) away from the belly button. It keeps each new spot at least 2.5 cm (1 inch) from your last spots. This is the app's rule, from the ACR drug guide. The EU leaflet gives no distances.
sites-arm = Arms: the outer area of the upper arm.
sites-others-eu = If someone else gives you the injection, they can also use the back of your upper arms.
sites-belly = Belly: leave out the circle of 5 cm (2 inches) around the belly button.
sites-thigh = Thighs: the front of the thigh, in the middle.
sites-buttock = Buttocks: the upper outer part.
sites-avoid = Do not inject into skin that is sore, swollen, bruised, red or hard. Stay away from scars, stretch marks and veins you can see.
sites-self = If you inject yourself, the belly and thighs are easiest. The arms and buttocks are best when someone else gives the shot.
sites-why-eu = Why change the spot? If Kineret goes into the same place again and again, a lump can form under the skin. The lump is a build-up of protein (an amyloid deposit). Changing the spot each time helps stop this.
sites-why-us = Why change the spot? It helps keep your skin from getting sore. Tell your doctor about any lump that stays where you inject.

## 4. Storing Kineret

sec-storage-title = Storing Kineret
sec-storage-summary = Fridge, cold, dark, and what to do if it froze.
storage-key-fridge = Keep Kineret in the fridge, at 2 to 8 °C (36 to 46 °F).
storage-key-freeze = Never freeze it. If it may have frozen, do not use it.
storage-key-light = Keep the syringes in their box. This keeps out the light.
storage-out-eu = Out of the fridge: once a syringe has warmed up to room temperature (up to 25 °C), use it within 72 hours or throw it away. Do not put it back in the fridge.
storage-out-us = Out of the fridge: ask your pharmacist how long a syringe can stay at room temperature.
storage-travel = Going on a trip? Plan how to keep it cold. Ask your pharmacist for help.
storage-children = Keep it where children cannot see or reach it.
storage-expiry = Do not use it after the date on the label.

## 5. Side effects

sec-side-title = Side effects
sec-side-summary = What is common, what is serious, your blood tests, and how to report a side effect.
side-key-skin = Red, swollen, bruised or itchy skin where you inject is the most common side effect. It is most often mild.
side-key-fade = These skin problems often start in the first 2 weeks. They most often go away in 4 to 6 weeks.
side-key-infection = Kineret can make infections more likely. Some can be serious.
side-key-blood = You will need blood tests to check your white blood cells.
side-skin-start = About 7 in 10 people get skin problems when they start. If none come in the first month, they are not likely to start later.
side-common-eu = Other very common side effects are headache and higher fat (cholesterol) in the blood.
side-common-us = In people with RA, the most common side effects also include:
    • worse RA.
    • colds and sinus infections.
    • headache.
    • upset stomach (nausea), diarrhea and belly pain.
    • joint pain.
    • feeling like you have the flu.
side-less-eu = Common, in up to 1 in 10 people: low white blood cells, low platelets (the cells that help blood clot), and serious infections like a lung infection.
side-uncommon-eu = Uncommon, in up to 1 in 100 people: a serious allergy, or high liver tests.
side-allergy-eu = A serious allergy can happen. It is not common. See "When to get help" for the signs.
side-allergy-us = A serious allergy can happen. With DIRA, the risk may be higher in the first weeks. See "When to get help" for the signs.
side-liver-eu = Liver problems can happen. They are most often seen in Still's disease, in the first month. Your doctor may check your liver with blood tests.
side-lump-eu = A lump under the skin (an amyloid deposit) can form where Kineret is injected again and again. No one knows how often this happens. Change the spot each time to help stop it.
side-blood-us = Your white blood cells are checked before you start. Then they are checked each month for 3 months. Then every 3 months, for up to 1 year.
side-blood-eu = Your white blood cells are checked before you start. Ask your doctor how often you will need more tests.
side-lump = Tell your doctor about any lump that stays where you inject.
side-report-us = Tell your doctor about side effects. You can also report them to the FDA (MedWatch): call 1-800-FDA-1088 or go to www.fda.gov/medwatch.
side-report-eu = Tell your doctor, nurse or pharmacist about side effects. You can also report them yourself to the national reporting system of your country. The leaflet in your pack tells you how.

## 6. When to call your doctor / get help now

sec-help-title = When to get help
sec-help-summary = Get help now, call your doctor before your next injection, or tell your doctor first.
help-key-allergy = Signs of a serious allergy are an emergency. Get help now.
help-key-infection-us = Any fever or sign of infection? Call your doctor right away, before your next injection.
help-key-infection-eu = Any fever or sign of infection? Tell your doctor right away, before your next injection.
help-key-before = Planning surgery, a vaccine, or a pregnancy? Tell your doctor first.
help-now-intro = These are signs of a serious allergy. If you have any of them, get medical help right away.
help-now-call-us = Call 911 now. Do not drive yourself. Do not inject Kineret again until a doctor says it is safe.
help-now-call-eu = Call 112 now. Do not drive yourself. Do not inject Kineret again until a doctor says it is safe.
help-now-swelling = Swelling of the face, tongue or throat.
help-now-breathing = Trouble breathing or swallowing.
help-now-pulse = A sudden fast heartbeat or sweating.
help-now-rash = Itchy skin or a rash all over your body (not just where you inject).
help-now-wheeze = Wheezing after an injection.
help-now-dress-eu = A rash that spreads or skin that peels, with fever or swollen glands.
help-soon-intro-us = Kineret can make infections more likely. Call your doctor if you have any of these:
help-soon-intro-eu = If you have any of these, tell your doctor right away:
help-soon-call = Call before your next injection. If you cannot reach your doctor, call the after-hours line. Never wait and see.
help-soon-fever = Any fever, even a low one, or chills.
help-soon-signs = Other signs of infection, like a cough, a headache, or red and sore skin.
help-soon-weight = Weight loss, or a cough that will not stop.
help-soon-liver-eu = Yellow skin or eyes, dark pee, pale poop, or no wish to eat.
help-soon-lung-eu = With Still's disease: short of breath with light activity, or a cough in the morning. If breathing is hard, call 112 now.
help-soon-new-rash = A new rash.
help-soon-site = A bad skin reaction where you inject.
help-soon-worry = Side effects that worry you, or you want to stop Kineret.
help-before-intro = Tell your doctor first, or as soon as you know:
help-before-surgery = Before any surgery.
help-before-vaccine = Before any vaccine. Ask if it is a live vaccine: you must not get live vaccines while you use Kineret.
help-before-plan = Before you try to get pregnant.
help-before-pregnancy = As soon as you know you are pregnant.
help-before-antibiotics = As soon as another doctor gives you antibiotics.

## 7. Safety checks

sec-safety-title = Safety checks
sec-safety-summary = Who should not use it, other medicines, pregnancy, missed doses.
safety-key-allergy = Do not use Kineret if you are allergic to it. Do not use it if you are allergic to proteins made with E. coli germs.
safety-key-infection = Do not start Kineret while you have an infection.
safety-key-vaccine = Do not get live vaccines while you use Kineret. Before any vaccine, ask if it is a live one.
safety-neutro-eu = Do not start Kineret if your white blood cell count is low.
safety-tnf = Do not use it with a TNF blocker, like etanercept (Enbrel) or infliximab (Remicade). A TNF blocker is a medicine that blocks a signal called TNF. Together they raise the risk of serious infections.
safety-tell = Tell your doctor if you have had many infections, tuberculosis (TB), asthma or cancer.
safety-tell-kidney = Tell your doctor if you have kidney problems.
safety-tell-liver-eu = Tell your doctor if you have had high liver tests.
safety-warfarin-eu = Do you take warfarin or phenytoin? Your doctor may need to change that dose.
safety-pregnancy-us = Pregnancy: no one knows if Kineret can harm an unborn baby. Talk with your doctor.
safety-pregnancy-eu = Pregnancy: Kineret is not advised when you are pregnant. If you could get pregnant, use birth control.
safety-breastfeeding-us = Breastfeeding: no one knows if Kineret gets into breast milk. Decide with your doctor.
safety-breastfeeding-eu = Breastfeeding: do not breastfeed while you use Kineret.
safety-missed-us = Missed a dose? Ask your doctor or pharmacist what to do.
safety-missed-eu = Missed a dose? Call your doctor. Ask when to take the next one.
safety-too-much-eu = Injected too much? Serious problems are not expected. Still, call your doctor, nurse or pharmacist.
safety-stop-us = With NOMID or DIRA, stopping can make the disease flare up. Talk with your doctor before you stop.
safety-latex = The syringe and needle cover are not made with natural rubber latex.
safety-sharps = Put used syringes in a sharps box. Ask your nurse or pharmacist how to get rid of the full box. Follow your local rules.
safety-sharps-eu = Put used syringes in a sharps box. Do not put medicines down the sink or toilet, or in household waste. Ask your pharmacist how to get rid of them.
