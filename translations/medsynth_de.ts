<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
</context>
<context>
    <name>DatasetNoteText</name>
    <message>
        <source>%1 training, %2 validation and %3 test images.</source>
        <translation>%1 Trainings-, %2 Validierungs- und %3 Testbilder.</translation>
    </message>
    <message>
        <source>Split by patient (seed %1): %2</source>
        <translation>Nach Patient in Teilmengen aufgeteilt (Seed %1): %2</translation>
    </message>
    <message>
        <source>No image fell in the validation split (the folder has %1 patient(s) or file group(s)), so held-out metrics are not measured; they need more patients.</source>
        <translation>Kein Bild ist in die Validierungs-Teilmenge gefallen (der Ordner hat %1 Patient(en) oder Dateigruppe(n)), daher werden keine Metriken auf zurückgehaltenen Daten gemessen; dafür braucht es mehr Patienten.</translation>
    </message>
    <message>
        <source>The %1 window was applied to %2 CT image(s); %3 image(s) of other modalities keep their own window.</source>
        <translation>Das Fenster %1 wurde auf %2 CT-Bild(er) angewandt; %3 Bild(er) anderer Modalitäten behalten ihr eigenes Fenster.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>Split by patient (as set in the Data page, seed %1 for patients it does not place): %2</source>
        <translation>Nach Patient in Teilmengen aufgeteilt (wie auf der Seite „Daten“ festgelegt, Seed %1 für Patienten, die dort nicht zugeordnet sind): %2</translation>
    </message>
    <message>
        <source>Split by patient (as set in the labels CSV, seed %1 for patients it does not place): %2</source>
        <translation>Nach Patient in Teilmengen aufgeteilt (wie in der Label-CSV festgelegt, Seed %1 für Patienten, die dort nicht zugeordnet sind): %2</translation>
    </message>
    <message>
        <source>No image is in the validation split (the Data page puts none there), so held-out metrics are not measured.</source>
        <translation>Kein Bild ist in der Validierungs-Teilmenge (die Seite „Daten“ ordnet keines zu), daher werden keine Metriken auf zurückgehaltenen Daten gemessen.</translation>
    </message>
    <message>
        <source>No image is in the validation split (the labels CSV puts none there), so held-out metrics are not measured.</source>
        <translation>Kein Bild ist in der Validierungs-Teilmenge (die Label-CSV ordnet keines zu), daher werden keine Metriken auf zurückgehaltenen Daten gemessen.</translation>
    </message>
    <message>
        <source>%1 row(s) of the Data page could not be used: they name no image in the folder, or put a patient in two splits, or are not &quot;file,label,split&quot;%2. Open the folder on the Data page to see each one.</source>
        <translation>%1 Zeile(n) der Seite „Daten“ konnten nicht verwendet werden: Sie nennen kein Bild im Ordner, setzen einen Patienten in zwei Teilmengen oder haben nicht die Form „Datei,Label,Teilmenge“%2. Öffnen Sie den Ordner auf der Seite „Daten“, um jede einzelne zu sehen.</translation>
    </message>
    <message>
        <source>%1 row(s) of the labels CSV could not be used: they name no image in the folder, or put a patient in two splits, or are not &quot;file,label,split&quot;%2. Open the folder on the Data page to see each one.</source>
        <translation>%1 Zeile(n) der Label-CSV konnten nicht verwendet werden: Sie nennen kein Bild im Ordner, setzen einen Patienten in zwei Teilmengen oder haben nicht die Form „Datei,Label,Teilmenge“%2. Öffnen Sie den Ordner auf der Seite „Daten“, um jede einzelne zu sehen.</translation>
    </message>
</context>
<context>
    <name>DesignerNodeItem</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>A weight of the model became NaN or infinite at step %1; no checkpoint was written.</source>
        <translation>Ein Gewicht des Modells wurde in Schritt %1 NaN oder unendlich; es wurde kein Checkpoint geschrieben.</translation>
    </message>
    <message>
        <source>The loss &apos;%1&apos; became NaN or infinite at step %2; the model&apos;s state is broken from there on.</source>
        <translation>Der Verlust „%1“ wurde in Schritt %2 NaN oder unendlich; der Zustand des Modells ist von dort an unbrauchbar.</translation>
    </message>
    <message>
        <source>The discriminator is winning: its loss has stayed near zero for %1 steps, so it tells real from generated images almost perfectly and the generator gets almost no useful signal to learn from.</source>
        <translation>Der Diskriminator gewinnt: Sein Verlust liegt seit %1 Schritten nahe null. Er unterscheidet echte von erzeugten Bildern fast perfekt, und der Generator bekommt kaum noch ein brauchbares Signal zum Lernen.</translation>
    </message>
    <message>
        <source>The generated samples are becoming alike (mode collapse): their variety has fallen to %1% of its best so far, so the generator covers fewer and fewer kinds of image.</source>
        <translation>Die erzeugten Beispiele werden einander ähnlich (Mode Collapse): Ihre Vielfalt ist auf %1 % ihres bisher besten Werts gefallen, der Generator deckt immer weniger Arten von Bildern ab.</translation>
    </message>
    <message>
        <source>The losses are swinging up and down more and more widely over the last %1 steps: the generator and the discriminator keep overshooting each other instead of settling.</source>
        <translation>Die Verluste schwanken in den letzten %1 Schritten immer stärker auf und ab: Generator und Diskriminator schießen gegenseitig über das Ziel hinaus, statt sich einzupendeln.</translation>
    </message>
    <message>
        <source>A checkpoint could not be written (%1).</source>
        <translation>Ein Checkpoint konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Live FID/KID stopped: %1</source>
        <translation>Die laufende FID/KID-Messung wurde beendet: %1</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1. Resume from it with a lower learning rate.</source>
        <translation>Der letzte gute Checkpoint ist %1. Setzen Sie das Training von dort mit einer niedrigeren Lernrate fort.</translation>
    </message>
    <message>
        <source>Start again with a lower learning rate.</source>
        <translation>Beginnen Sie neu mit einer niedrigeren Lernrate.</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1 (step %2). Lower the learning rate (for example to a tenth) and continue: the run goes back to that checkpoint.</source>
        <translation>Der letzte gute Checkpoint ist %1 (Schritt %2). Senken Sie die Lernrate (zum Beispiel auf ein Zehntel) und setzen Sie fort: Der Lauf kehrt zu diesem Checkpoint zurück.</translation>
    </message>
    <message>
        <source>There is no checkpoint to go back to. Start again with a lower learning rate (for example a tenth of it).</source>
        <translation>Es gibt keinen Checkpoint, zu dem der Lauf zurückkehren könnte. Beginnen Sie neu mit einer niedrigeren Lernrate (zum Beispiel einem Zehntel).</translation>
    </message>
    <message>
        <source>Lower the discriminator&apos;s learning rate (for example to half of the generator&apos;s), or give it fewer updates per generator update (critic steps now %1), or make the discriminator smaller (fewer channels or layers). If it keeps happening, try the hinge loss or the WGAN-GP recipe.</source>
        <translation>Senken Sie die Lernrate des Diskriminators (zum Beispiel auf die Hälfte der des Generators), geben Sie ihm weniger Updates pro Generator-Update (derzeit %1 Critic-Schritte) oder machen Sie den Diskriminator kleiner (weniger Kanäle oder Schichten). Wenn es wieder passiert, versuchen Sie den Hinge-Verlust oder das WGAN-GP-Rezept.</translation>
    </message>
    <message>
        <source>Lower the discriminator&apos;s learning rate (for example to half of the generator&apos;s), or make the discriminator smaller (fewer channels or layers). If it keeps happening, try the hinge loss or the WGAN-GP recipe.</source>
        <translation>Senken Sie die Lernrate des Diskriminators (zum Beispiel auf die Hälfte der des Generators) oder machen Sie den Diskriminator kleiner (weniger Kanäle oder Schichten). Wenn es wieder passiert, versuchen Sie den Hinge-Verlust oder das WGAN-GP-Rezept.</translation>
    </message>
    <message>
        <source>Lower the learning rates, or use the hinge loss or the WGAN-GP recipe, which collapse less often; if it started recently, resume from an earlier checkpoint with these changes.</source>
        <translation>Senken Sie die Lernraten oder verwenden Sie den Hinge-Verlust oder das WGAN-GP-Rezept, die seltener kollabieren; wenn es erst kürzlich begonnen hat, setzen Sie mit diesen Änderungen von einem früheren Checkpoint fort.</translation>
    </message>
    <message>
        <source>Lower the KL weight beta or lengthen its warm-up, or lower the learning rate, and resume from an earlier checkpoint.</source>
        <translation>Senken Sie das KL-Gewicht Beta oder verlängern Sie seine Aufwärmphase, oder senken Sie die Lernrate, und setzen Sie von einem früheren Checkpoint fort.</translation>
    </message>
    <message>
        <source>Lower the learning rates (for example halve both), or use Adam with beta1 = 0.5; a moving average of the generator&apos;s weights (EMA) smooths the samples meanwhile.</source>
        <translation>Senken Sie die Lernraten (zum Beispiel beide halbieren) oder verwenden Sie Adam mit beta1 = 0,5; ein gleitender Mittelwert der Generatorgewichte (EMA) glättet die Beispiele in der Zwischenzeit.</translation>
    </message>
    <message>
        <source>Free some disk space; training goes on. The last checkpoint written is %1 (step %2).</source>
        <translation>Geben Sie Speicherplatz frei; das Training läuft weiter. Der letzte geschriebene Checkpoint ist %1 (Schritt %2).</translation>
    </message>
    <message>
        <source>Free some disk space; training goes on. No checkpoint has been written yet.</source>
        <translation>Geben Sie Speicherplatz frei; das Training läuft weiter. Bisher wurde kein Checkpoint geschrieben.</translation>
    </message>
    <message>
        <source>Training goes on without live FID/KID. Check the feature network (built-in, or a TorchScript file that takes these images) and start a new run to measure again.</source>
        <translation>Das Training läuft ohne laufende FID/KID-Messung weiter. Prüfen Sie das Merkmalsnetz (das eingebaute oder eine TorchScript-Datei, die diese Bilder annimmt) und starten Sie einen neuen Lauf, um wieder zu messen.</translation>
    </message>
    <message>
        <source>The CPU was chosen.</source>
        <translation>Die CPU wurde gewählt.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU is available to this LibTorch, so the CPU is used.</source>
        <translation>Dieser LibTorch steht keine NVIDIA-GPU zur Verfügung, daher wird die CPU verwendet.</translation>
    </message>
    <message>
        <source>CUDA was chosen and a GPU is available.</source>
        <translation>CUDA wurde gewählt und eine GPU ist verfügbar.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is available, so it is used.</source>
        <translation>Eine NVIDIA-GPU ist verfügbar und wird verwendet.</translation>
    </message>
    <message>
        <source>Steps run in bfloat16 autocast.</source>
        <translation>Die Schritte laufen mit bfloat16-Autocast.</translation>
    </message>
    <message>
        <source>bf16 precision needs a CUDA GPU and is not supported on the CPU, so this run uses fp32.</source>
        <translation>bf16-Genauigkeit braucht eine CUDA-GPU und wird auf der CPU nicht unterstützt, daher verwendet dieser Lauf fp32.</translation>
    </message>
    <message>
        <source>The dataset (%1) is kept on the GPU.</source>
        <translation>Der Datensatz (%1) wird auf der GPU gehalten.</translation>
    </message>
    <message>
        <source>The dataset (%1) stays in memory, as the experiment asks, and each batch is copied to the GPU.</source>
        <translation>Der Datensatz (%1) bleibt, wie das Experiment es verlangt, im Arbeitsspeicher, und jeder Batch wird auf die GPU kopiert.</translation>
    </message>
    <message>
        <source>The dataset (%1) does not fit on the GPU with room to train, so it stays in memory and each batch is copied to the GPU.</source>
        <translation>Der Datensatz (%1) passt nicht mit genug Platz zum Trainieren auf die GPU, daher bleibt er im Arbeitsspeicher, und jeder Batch wird auf die GPU kopiert.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; of block &apos;%2&apos; is not connected.</source>
        <translation>Der Eingang „%1“ des Blocks „%2“ ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>LayerCatalog</name>
    <message>
        <source>Image input</source>
        <translation>Bildeingang</translation>
    </message>
    <message>
        <source>Where images from your dataset enter the network. Each image is a grid of pixels with one channel (grey, as in most scans) or three (colour). Its size must match the images the dataset is prepared at.</source>
        <translation>Hier gelangen die Bilder Ihres Datensatzes in das Netz. Jedes Bild ist ein Pixelraster mit einem Kanal (grau, wie die meisten Aufnahmen) oder drei (Farbe). Seine Größe muss der Größe entsprechen, auf die der Datensatz vorbereitet wird.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Latent vector z</source>
        <translation>Latenter Vektor z</translation>
    </message>
    <message>
        <source>A list of random numbers drawn from a normal distribution, the seed from which a generator paints an image. Each number is one direction in the &apos;latent space&apos;; moving through that space changes the picture smoothly. 100 numbers is the classic choice for a DCGAN.</source>
        <translation>Eine Liste von Zufallszahlen aus einer Normalverteilung: der Keim, aus dem ein Generator ein Bild malt. Jede Zahl ist eine Richtung im „latenten Raum“; wer sich durch diesen Raum bewegt, verändert das Bild stufenlos. 100 Zahlen sind die klassische Wahl für ein DCGAN.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>Vollständig verbunden</translation>
    </message>
    <message>
        <source>Connects every input number to every output number, each connection with its own learned weight: y = W x + b. Use it on vectors, for example to turn a latent vector into the first small feature map of a generator, or features into class scores.</source>
        <translation>Verbindet jede Eingabezahl mit jeder Ausgabezahl, jede Verbindung mit ihrem eigenen gelernten Gewicht: y = W x + b. Für Vektoren, etwa um einen latenten Vektor in die erste kleine Merkmalskarte eines Generators zu verwandeln, oder Merkmale in Klassenwerte.</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Slides small learned filters over the image to detect local patterns such as edges, textures and, deeper in the network, shapes. With stride 2 it also halves the image size. Output size per side: (n + 2p - f) / s + 1 for input size n, padding p, filter size f and stride s.</source>
        <translation>Schiebt kleine gelernte Filter über das Bild, um lokale Muster wie Kanten, Texturen und, tiefer im Netz, Formen zu erkennen. Mit Schrittweite 2 halbiert sie zudem die Bildgröße. Ausgabegröße je Seite: (n + 2p - f) / s + 1 für Eingabegröße n, Auffüllung p, Filtergröße f und Schrittweite s.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Auffüllung</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Transponierte Faltung</translation>
    </message>
    <message>
        <source>The reverse of a convolution: each input pixel spreads a learned filter over a larger output, so the image grows (doubles with stride 2). Generators use it to paint a full image from a small feature map. Output size per side: (n - 1) s + f - 2p.</source>
        <translation>Die Umkehrung einer Faltung: Jedes Eingabepixel verteilt einen gelernten Filter über eine größere Ausgabe, sodass das Bild wächst (mit Schrittweite 2 verdoppelt es sich). Generatoren malen damit aus einer kleinen Merkmalskarte ein ganzes Bild. Ausgabegröße je Seite: (n - 1) s + f - 2p.</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Ausgabe-Auffüllung</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>Rescales each channel so that, over the current batch, its values have mean 0 and spread 1, then applies a learned scale and shift. It keeps training stable and lets larger learning rates work; DCGAN uses it in both networks except at the generator&apos;s output and the discriminator&apos;s input.</source>
        <translation>Skaliert jeden Kanal so, dass seine Werte über den aktuellen Batch Mittelwert 0 und Streuung 1 haben, und wendet dann eine gelernte Skalierung und Verschiebung an. Das hält das Training stabil und erlaubt größere Lernraten; DCGAN nutzt sie in beiden Netzen außer am Ausgang des Generators und am Eingang des Diskriminators.</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Keeps positive values and sets negative ones to zero: f(x) = max(0, x). Simple and fast, it lets deep networks learn; the DCGAN generator uses it after every hidden layer.</source>
        <translation>Behält positive Werte und setzt negative auf null: f(x) = max(0, x). Einfach und schnell, lässt sie tiefe Netze lernen; der DCGAN-Generator nutzt sie nach jeder verborgenen Schicht.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are multiplied by a small slope instead of being zeroed: f(x) = x if x &gt; 0, else a x. The small slope keeps gradients flowing, which is why GAN discriminators use it (a = 0.2).</source>
        <translation>Wie ReLU, aber negative Werte werden mit einer kleinen Steigung multipliziert statt auf null gesetzt: f(x) = x für x &gt; 0, sonst a x. Die kleine Steigung hält die Gradienten im Fluss, deshalb nutzen GAN-Diskriminatoren sie (a = 0,2).</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Negative Steigung</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Squashes any value into the range -1 to 1 with an S-shaped curve. A generator ends with it because training images are scaled to -1 to 1.</source>
        <translation>Presst jeden Wert mit einer S-förmigen Kurve in den Bereich von -1 bis 1. Ein Generator endet damit, weil die Trainingsbilder auf -1 bis 1 skaliert werden.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Squashes any value into 0 to 1: f(x) = 1 / (1 + e^-x). A discriminator ends with it to give the probability that its input is a real image.</source>
        <translation>Presst jeden Wert zwischen 0 und 1: f(x) = 1 / (1 + e^-x). Ein Diskriminator endet damit, um die Wahrscheinlichkeit anzugeben, dass seine Eingabe ein echtes Bild ist.</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Abflachen</translation>
    </message>
    <message>
        <source>Lays a feature map out as one long list of numbers (channels x height x width values), so that fully connected layers or a final score can use it. Nothing is learned.</source>
        <translation>Legt eine Merkmalskarte als eine lange Zahlenliste aus (Kanäle x Höhe x Breite Werte), damit vollständig verbundene Schichten oder eine abschließende Bewertung sie nutzen können. Es wird nichts gelernt.</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Umformen</translation>
    </message>
    <message>
        <source>Arranges the same numbers in a new shape, for example a latent vector of 100 values as a 100x1x1 feature map that transposed convolutions can grow into an image. The number of values must not change.</source>
        <translation>Ordnet dieselben Zahlen in einer neuen Form an, etwa einen latenten Vektor aus 100 Werten als 100x1x1-Merkmalskarte, die transponierte Faltungen zu einem Bild wachsen lassen können. Die Anzahl der Werte darf sich nicht ändern.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>What the network hands back: a generated image for a generator, a realness score for a discriminator. Training reads its result here.</source>
        <translation>Was das Netz zurückgibt: ein erzeugtes Bild bei einem Generator, eine Echtheitsbewertung bei einem Diskriminator. Das Training liest hier sein Ergebnis.</translation>
    </message>
    <message>
        <source>DCGAN</source>
        <translation>DCGAN</translation>
    </message>
    <message>
        <source>Deep convolutional GAN: a generator grows a random vector into an image with transposed convolutions, batch normalisation and ReLU, ending in Tanh; a discriminator shrinks an image to a single realness score with strided convolutions, batch normalisation and Leaky ReLU, ending in Sigmoid. The two are trained against each other with binary cross-entropy. A good first GAN: stable, fast, and it learns visibly within minutes.</source>
        <translation>Tiefes faltendes GAN: Ein Generator lässt einen Zufallsvektor mit transponierten Faltungen, Batch-Normalisierung und ReLU zu einem Bild wachsen und endet mit Tanh; ein Diskriminator verkleinert ein Bild mit Faltungen mit Schrittweite, Batch-Normalisierung und Leaky ReLU zu einer einzigen Echtheitsbewertung und endet mit Sigmoid. Beide werden mit binärer Kreuzentropie gegeneinander trainiert. Ein gutes erstes GAN: stabil, schnell, und es lernt innerhalb von Minuten sichtbar.</translation>
    </message>
    <message>
        <source>Upsample</source>
        <translation>Hochskalieren</translation>
    </message>
    <message>
        <source>Makes the image larger by a whole factor, copying each pixel (nearest) or blending neighbours (bilinear); nothing is learned. Followed by a convolution it is a common alternative to the transposed convolution that avoids its checkerboard artifacts, because every output pixel is made from the same number of input pixels.</source>
        <translation>Vergrößert das Bild um einen ganzzahligen Faktor, indem jedes Pixel kopiert (nächster Nachbar) oder Nachbarn gemischt werden (bilinear); es wird nichts gelernt. Gefolgt von einer Faltung ist es eine verbreitete Alternative zur transponierten Faltung, die deren Schachbrettartefakte vermeidet, weil jedes Ausgabepixel aus gleich vielen Eingabepixeln entsteht.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>Keeps only the largest value in each small window, so the image shrinks (halves with a 2x2 window and stride 2) while the strongest responses survive. Nothing is learned. Output size per side: (n + 2p - f) / s + 1.</source>
        <translation>Behält in jedem kleinen Fenster nur den größten Wert, sodass das Bild schrumpft (halbiert mit einem 2x2-Fenster und Schrittweite 2), während die stärksten Antworten erhalten bleiben. Es wird nichts gelernt. Ausgabegröße je Seite: (n + 2p - f) / s + 1.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Replaces each small window by the average of its values, so the image shrinks smoothly. Nothing is learned. Output size per side: (n + 2p - f) / s + 1.</source>
        <translation>Ersetzt jedes kleine Fenster durch den Mittelwert seiner Werte, sodass das Bild gleichmäßig schrumpft. Es wird nichts gelernt. Ausgabegröße je Seite: (n + 2p - f) / s + 1.</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Globales Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image, leaving one number per channel (a channels x 1 x 1 result). Classifiers use it to summarise what was found, wherever it was in the image.</source>
        <translation>Mittelt jeden Kanal über das ganze Bild und lässt eine Zahl je Kanal übrig (ein Ergebnis von Kanäle x 1 x 1). Klassifikatoren fassen damit zusammen, was gefunden wurde, egal wo es im Bild lag.</translation>
    </message>
    <message>
        <source>Instance normalisation</source>
        <translation>Instanz-Normalisierung</translation>
    </message>
    <message>
        <source>Like batch normalisation, but each image is normalised on its own, channel by channel, so the result does not depend on the other images in the batch. Image-to-image models such as Pix2Pix use it; it works with a batch of one.</source>
        <translation>Wie die Batch-Normalisierung, aber jedes Bild wird für sich, Kanal für Kanal, normalisiert, sodass das Ergebnis nicht von den anderen Bildern im Batch abhängt. Bild-zu-Bild-Modelle wie Pix2Pix nutzen sie; sie funktioniert auch mit einem Batch aus einem Bild.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, sets a random share p of the values to zero (and scales the rest up), so the network cannot rely on any single feature; this reduces overfitting. When the model is used after training it does nothing.</source>
        <translation>Setzt während des Trainings einen zufälligen Anteil p der Werte auf null (und skaliert die übrigen hoch), damit sich das Netz nicht auf ein einzelnes Merkmal verlassen kann; das verringert Überanpassung. Wenn das Modell nach dem Training benutzt wird, tut es nichts.</translation>
    </message>
    <message>
        <source>Drop probability</source>
        <translation>Ausfallwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Like ReLU for positive values, but negative values bend smoothly towards -a instead of stopping at zero: f(x) = x if x &gt; 0, else a (e^x - 1). The smooth curve keeps the average output near zero, which can speed up learning.</source>
        <translation>Wie ReLU für positive Werte, aber negative Werte biegen sich sanft gegen -a, statt bei null zu enden: f(x) = x für x &gt; 0, sonst a (e^x - 1). Die glatte Kurve hält die mittlere Ausgabe nahe null, was das Lernen beschleunigen kann.</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Turns a list of scores into probabilities that are all positive and add up to 1: f(x)_i = e^(x_i) / sum_j e^(x_j). A classifier ends with it to give the probability of each class.</source>
        <translation>Wandelt eine Liste von Werten in Wahrscheinlichkeiten um, die alle positiv sind und zusammen 1 ergeben: f(x)_i = e^(x_i) / sum_j e^(x_j). Ein Klassifikator endet damit, um die Wahrscheinlichkeit jeder Klasse anzugeben.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Addieren</translation>
    </message>
    <message>
        <source>Adds two tensors of the same shape value by value. With it a block&apos;s input can skip ahead and be added to the block&apos;s output (a residual connection), which lets very deep networks train.</source>
        <translation>Addiert zwei Tensoren gleicher Form Wert für Wert. Damit kann die Eingabe eines Blocks vorausspringen und zu seiner Ausgabe addiert werden (eine Residualverbindung), wodurch sich sehr tiefe Netze trainieren lassen.</translation>
    </message>
    <message>
        <source>Concatenate channels</source>
        <translation>Kanäle verketten</translation>
    </message>
    <message>
        <source>Min pooling</source>
        <translation>Min-Pooling</translation>
    </message>
    <message>
        <source>Keeps only the smallest value in each small window, so the image shrinks while the darkest or weakest responses survive; useful where the interesting structures are dark. Nothing is learned. Output size per side: (n + 2p - f) / s + 1.</source>
        <translation>Behält in jedem kleinen Fenster nur den kleinsten Wert, sodass das Bild schrumpft, während die dunkelsten oder schwächsten Antworten erhalten bleiben; nützlich, wenn die interessanten Strukturen dunkel sind. Es wird nichts gelernt. Ausgabegröße je Seite: (n + 2p - f) / s + 1.</translation>
    </message>
    <message>
        <source>Global max pooling</source>
        <translation>Globales Max-Pooling</translation>
    </message>
    <message>
        <source>Keeps the largest value of each channel over the whole image, one number per channel (a channels x 1 x 1 result): whether a feature appeared anywhere, not where. Nothing is learned.</source>
        <translation>Behält den größten Wert jedes Kanals über das ganze Bild, eine Zahl je Kanal (ein Ergebnis von Kanäle x 1 x 1): ob ein Merkmal irgendwo auftrat, nicht wo. Es wird nichts gelernt.</translation>
    </message>
    <message>
        <source>Depthwise-separable convolution</source>
        <translation>Tiefenweise separierbare Faltung</translation>
    </message>
    <message>
        <source>A convolution in two cheap steps: first one small filter per channel looks at each channel on its own (depthwise), then a 1x1 convolution mixes the channels (pointwise). It sees as much as a normal convolution with far fewer weights and computations, which suits small devices and small datasets.</source>
        <translation>Eine Faltung in zwei günstigen Schritten: Zuerst betrachtet ein kleiner Filter je Kanal jeden Kanal für sich (tiefenweise), dann mischt eine 1x1-Faltung die Kanäle (punktweise). Sie sieht so viel wie eine normale Faltung mit weit weniger Gewichten und Rechenaufwand, was kleinen Geräten und kleinen Datensätzen entgegenkommt.</translation>
    </message>
    <message>
        <source>Layer normalisation</source>
        <translation>Schicht-Normalisierung</translation>
    </message>
    <message>
        <source>Normalises all the values of one image (or one vector) together to mean 0 and spread 1, then applies a learned scale and shift per value. It does not depend on the batch, so it behaves the same in training and in use.</source>
        <translation>Normalisiert alle Werte eines Bildes (oder Vektors) gemeinsam auf Mittelwert 0 und Streuung 1 und wendet dann eine gelernte Skalierung und Verschiebung je Wert an. Sie hängt nicht vom Batch ab und verhält sich daher im Training und in der Anwendung gleich.</translation>
    </message>
    <message>
        <source>Channel dropout</source>
        <translation>Kanal-Dropout</translation>
    </message>
    <message>
        <source>Dropout for feature maps: while training, switches off whole channels at random (a share p of them), because neighbouring pixels are too alike for single-pixel dropout to help. It does nothing when the model is used after training.</source>
        <translation>Dropout für Merkmalskarten: Schaltet während des Trainings ganze Kanäle zufällig ab (einen Anteil p davon), weil benachbarte Pixel sich zu ähnlich sind, als dass Dropout einzelner Pixel hilft. Es tut nichts, wenn das Modell nach dem Training benutzt wird.</translation>
    </message>
    <message>
        <source>Self-attention</source>
        <translation>Selbstaufmerksamkeit</translation>
    </message>
    <message>
        <source>Lets every position of a feature map look at every other position and borrow from the ones most related to it, so distant parts of an image (left and right hemispheres, say) can agree. This is the SAGAN block: it starts switched off (a learned weight of 0) and the network turns it up as it learns.</source>
        <translation>Lässt jede Position einer Merkmalskarte auf jede andere schauen und von den verwandtesten übernehmen, sodass weit entfernte Teile eines Bildes (etwa linke und rechte Hirnhälfte) übereinstimmen können. Das ist der SAGAN-Block: Er beginnt ausgeschaltet (ein gelerntes Gewicht von 0), und das Netz dreht ihn beim Lernen auf.</translation>
    </message>
    <message>
        <source>VAE sampler</source>
        <translation>VAE-Sampler</translation>
    </message>
    <message>
        <source>The heart of a variational autoencoder: from a mean mu and a log-variance it draws a latent vector z = mu + e^(log-variance / 2) x noise, with fresh normal noise each time (the reparameterisation trick, which lets training pass through the random draw). It also measures how far mu and the variance are from a standard normal distribution: the KL term of the VAE loss. In use after training it returns mu.</source>
        <translation>Das Herz eines variationellen Autoencoders: Aus einem Mittelwert mu und einer Log-Varianz zieht er einen latenten Vektor z = mu + e^(Log-Varianz / 2) x Rauschen, jedes Mal mit frischem normalverteiltem Rauschen (der Reparametrisierungstrick, durch den das Training den Zufallszug passieren kann). Er misst auch, wie weit mu und die Varianz von einer Standardnormalverteilung entfernt sind: der KL-Term des VAE-Verlusts. In der Anwendung nach dem Training gibt er mu zurück.</translation>
    </message>
    <message>
        <source>Class label</source>
        <translation>Klassenlabel</translation>
    </message>
    <message>
        <source>The class of each image (for example 0 normal, 1 lesion), for conditional models that learn to make or judge an image of a chosen class. One-hot encoding turns class k into a list of zeros with a single 1 at place k; an embedding learns a short list of numbers for each class instead.</source>
        <translation>Die Klasse jedes Bildes (zum Beispiel 0 normal, 1 Läsion), für bedingte Modelle, die lernen, ein Bild einer gewählten Klasse zu erzeugen oder zu beurteilen. Die One-hot-Kodierung macht aus Klasse k eine Liste von Nullen mit einer einzigen 1 an Stelle k; eine Einbettung (Embedding) lernt stattdessen für jede Klasse eine kurze Zahlenliste.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Einbettungsgröße</translation>
    </message>
    <message>
        <source>Stacks two feature maps of the same height and width into one with the channels of both. U-Net&apos;s skip connections use it to hand fine detail from the encoder straight to the decoder. It also joins two vectors end to end, and a vector to a feature map by repeating the vector at every pixel, which is how conditional models add a class label.</source>
        <translation>Stapelt zwei Merkmalskarten gleicher Höhe und Breite zu einer mit den Kanälen beider. Die Sprungverbindungen des U-Net reichen damit feine Details vom Encoder direkt an den Decoder weiter. Sie verbindet auch zwei Vektoren hintereinander und einen Vektor mit einer Merkmalskarte, indem der Vektor an jedem Pixel wiederholt wird; so fügen bedingte Modelle ein Klassenlabel hinzu.</translation>
    </message>
    <message>
        <source>Conditional DCGAN</source>
        <translation>Bedingtes DCGAN</translation>
    </message>
    <message>
        <source>A DCGAN that is told the class of each image (here normal or lesion): the generator receives the class beside its random vector, and the discriminator sees the class repeated over the image as extra channels. After training you choose which class to generate, for example more lesion images for a rare class.</source>
        <translation>Ein DCGAN, dem die Klasse jedes Bildes mitgeteilt wird (hier normal oder Läsion): Der Generator erhält die Klasse neben seinem Zufallsvektor, und der Diskriminator sieht die Klasse als zusätzliche Kanäle über das Bild wiederholt. Nach dem Training wählen Sie, welche Klasse erzeugt wird, etwa mehr Läsionsbilder für eine seltene Klasse.</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>Wasserstein GAN with gradient penalty: the discriminator becomes a critic that gives an unbounded realness score (no Sigmoid, no batch normalisation), and training moves the generator&apos;s images towards the real ones by the Wasserstein distance. A gradient penalty keeps the critic smooth. The critic is updated several times per generator update. Slower per step than a DCGAN, but its loss tracks image quality and it rarely collapses.</source>
        <translation>Wasserstein-GAN mit Gradientenstrafe: Der Diskriminator wird zu einem Kritiker, der eine unbeschränkte Echtheitsbewertung gibt (kein Sigmoid, keine Batch-Normalisierung), und das Training bewegt die Bilder des Generators nach der Wasserstein-Distanz auf die echten zu. Eine Gradientenstrafe hält den Kritiker glatt. Der Kritiker wird je Generator-Aktualisierung mehrmals aktualisiert. Pro Schritt langsamer als ein DCGAN, aber sein Verlust folgt der Bildqualität, und er kollabiert selten.</translation>
    </message>
    <message>
        <source>Variational autoencoder (VAE)</source>
        <translation>Variationeller Autoencoder (VAE)</translation>
    </message>
    <message>
        <source>An encoder squeezes each image into a short list of numbers (a point in the latent space), and a decoder paints the image back from that point. Training makes the points of all images spread like a bell curve, so any random point decodes to a plausible image. Its images are smoother than a GAN&apos;s, but training is stable and you can encode a real image and explore its neighbourhood.</source>
        <translation>Ein Encoder verdichtet jedes Bild zu einer kurzen Zahlenliste (einem Punkt im latenten Raum), und ein Decoder malt das Bild aus diesem Punkt zurück. Das Training sorgt dafür, dass sich die Punkte aller Bilder wie eine Glockenkurve verteilen, sodass jeder zufällige Punkt ein plausibles Bild ergibt. Seine Bilder sind glatter als die eines GAN, aber das Training ist stabil, und man kann ein echtes Bild kodieren und seine Umgebung erkunden.</translation>
    </message>
    <message>
        <source>Conditional VAE</source>
        <translation>Bedingter VAE</translation>
    </message>
    <message>
        <source>A VAE that is told the class of each image (here normal or lesion): encoder and decoder both receive it. After training you pick the class and a random point, and the decoder paints an image of that class, so the latent space holds what varies within a class.</source>
        <translation>Ein VAE, dem die Klasse jedes Bildes mitgeteilt wird (hier normal oder Läsion): Encoder und Decoder erhalten sie beide. Nach dem Training wählen Sie die Klasse und einen zufälligen Punkt, und der Decoder malt ein Bild dieser Klasse; so erfasst der latente Raum, was innerhalb einer Klasse variiert.</translation>
    </message>
    <message>
        <source>VAE-GAN</source>
        <translation>VAE-GAN</translation>
    </message>
    <message>
        <source>A VAE whose decoder is also a GAN generator: a discriminator learns to tell real images from decoded ones, and the reconstruction is judged by what the discriminator sees rather than pixel by pixel. The images come out sharper than a plain VAE&apos;s while the encoder still maps every image into the latent space.</source>
        <translation>Ein VAE, dessen Decoder zugleich ein GAN-Generator ist: Ein Diskriminator lernt, echte Bilder von decodierten zu unterscheiden, und die Rekonstruktion wird danach beurteilt, was der Diskriminator sieht, statt Pixel für Pixel. Die Bilder werden schärfer als bei einem einfachen VAE, während der Encoder weiterhin jedes Bild in den latenten Raum abbildet.</translation>
    </message>
    <message>
        <source>Pix2Pix (image-to-image)</source>
        <translation>Pix2Pix (Bild-zu-Bild)</translation>
    </message>
    <message>
        <source>Learns to translate one kind of image into another from matching pairs; here it turns a lesion mask into a brain slice with that lesion. The generator is a U-Net whose skip connections carry fine detail straight across, and a PatchGAN discriminator judges each small patch, which keeps textures sharp. A pixel-wise L1 term keeps the output close to the true image.</source>
        <translation>Lernt aus zusammengehörigen Paaren, eine Art von Bild in eine andere zu übersetzen; hier macht es aus einer Läsionsmaske eine Hirnschicht mit dieser Läsion. Der Generator ist ein U-Net, dessen Sprungverbindungen feine Details direkt hinüberreichen, und ein PatchGAN-Diskriminator beurteilt jeden kleinen Bildausschnitt, was die Texturen scharf hält. Ein pixelweiser L1-Term hält die Ausgabe nah am echten Bild.</translation>
    </message>
    <message>
        <source>U-Net segmenter</source>
        <translation>U-Net-Segmentierer</translation>
    </message>
    <message>
        <source>Marks which pixels belong to a structure, here the lesion. It shrinks the image step by step to see the context, then grows it back to full size, and skip connections hand the fine detail of each size across so the outline stays precise. The standard network for medical image segmentation; trained with the Dice loss, which copes with small lesions.</source>
        <translation>Markiert, welche Pixel zu einer Struktur gehören, hier zur Läsion. Es verkleinert das Bild Schritt für Schritt, um den Kontext zu erfassen, und vergrößert es dann wieder auf volle Größe; Sprungverbindungen reichen die feinen Details jeder Größe hinüber, damit der Umriss genau bleibt. Das Standardnetz für die Segmentierung medizinischer Bilder; trainiert wird es mit dem Dice-Verlust, der auch mit kleinen Läsionen zurechtkommt.</translation>
    </message>
    <message>
        <source>ResNet classifier</source>
        <translation>ResNet-Klassifikator</translation>
    </message>
    <message>
        <source>Sorts images into classes, here normal or with a lesion. Each residual block adds its result to its own input, so the signal and the learning reach deep layers easily. Reports accuracy, precision, recall, specificity and F1 on images held out from training.</source>
        <translation>Sortiert Bilder in Klassen, hier normal oder mit Läsion. Jeder Residualblock addiert sein Ergebnis zu seiner eigenen Eingabe, sodass Signal und Lernen auch tiefe Schichten leicht erreichen. Gibt Genauigkeit, Präzision, Sensitivität (Recall), Spezifität und F1 auf Bildern aus, die vom Training zurückgehalten wurden.</translation>
    </message>
    <message>
        <source>Spectral norm</source>
        <translation>Spektralnormalisierung</translation>
    </message>
    <message>
        <source>1 for grey images, 3 for colour.</source>
        <translation>1 für Graustufenbilder, 3 für Farbbilder.</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Bildhöhe in Pixeln.</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Bildbreite in Pixeln.</translation>
    </message>
    <message>
        <source>How many random numbers z holds.</source>
        <translation>Wie viele Zufallszahlen z enthält.</translation>
    </message>
    <message>
        <source>How many classes there are.</source>
        <translation>Wie viele Klassen es gibt.</translation>
    </message>
    <message>
        <source>How a class becomes numbers.</source>
        <translation>Wie aus einer Klasse Zahlen werden.</translation>
    </message>
    <message>
        <source>Numbers per class, for an embedding.</source>
        <translation>Zahlen pro Klasse, für eine Einbettung.</translation>
    </message>
    <message>
        <source>How many numbers come out.</source>
        <translation>Wie viele Zahlen herauskommen.</translation>
    </message>
    <message>
        <source>Learn an offset b for each output.</source>
        <translation>Für jede Ausgabe einen Versatz b lernen.</translation>
    </message>
    <message>
        <source>Divide the weights by their largest singular value (spectral normalisation, Miyato et al. 2018), so the layer cannot stretch its input by more than 1; steadies a discriminator.</source>
        <translation>Die Gewichte durch ihren größten Singulärwert teilen (Spektralnormalisierung, Miyato et al. 2018), sodass die Schicht ihre Eingabe um höchstens den Faktor 1 strecken kann; stabilisiert einen Diskriminator.</translation>
    </message>
    <message>
        <source>How many filters, i.e. output channels.</source>
        <translation>Wie viele Filter, also Ausgabekanäle.</translation>
    </message>
    <message>
        <source>Width and height of each filter, f.</source>
        <translation>Breite und Höhe jedes Filters, f.</translation>
    </message>
    <message>
        <source>Step between filter positions, s.</source>
        <translation>Schritt zwischen Filterpositionen, s.</translation>
    </message>
    <message>
        <source>Zero pixels added around the border, p.</source>
        <translation>Am Rand hinzugefügte Nullpixel, p.</translation>
    </message>
    <message>
        <source>Learn an offset per filter (not needed before BatchNorm).</source>
        <translation>Einen Versatz pro Filter lernen (vor BatchNorm nicht nötig).</translation>
    </message>
    <message>
        <source>How many output channels.</source>
        <translation>Wie viele Ausgabekanäle.</translation>
    </message>
    <message>
        <source>How much the image grows, s.</source>
        <translation>Wie stark das Bild wächst, s.</translation>
    </message>
    <message>
        <source>Pixels trimmed from each border, p.</source>
        <translation>Von jedem Rand abgeschnittene Pixel, p.</translation>
    </message>
    <message>
        <source>Extra pixels added on one side.</source>
        <translation>Zusätzliche Pixel auf einer Seite.</translation>
    </message>
    <message>
        <source>Small number that avoids division by zero.</source>
        <translation>Kleine Zahl, die eine Division durch null verhindert.</translation>
    </message>
    <message>
        <source>How fast the running statistics follow the batches.</source>
        <translation>Wie schnell die laufenden Statistiken den Batches folgen.</translation>
    </message>
    <message>
        <source>How many times larger each side becomes.</source>
        <translation>Um welchen Faktor jede Seite größer wird.</translation>
    </message>
    <message>
        <source>How the new pixels are filled in.</source>
        <translation>Wie die neuen Pixel gefüllt werden.</translation>
    </message>
    <message>
        <source>Width and height of the window, f.</source>
        <translation>Breite und Höhe des Fensters, f.</translation>
    </message>
    <message>
        <source>Step between windows, s.</source>
        <translation>Schritt zwischen Fenstern, s.</translation>
    </message>
    <message>
        <source>Pixels added around the border, p.</source>
        <translation>Am Rand hinzugefügte Pixel, p.</translation>
    </message>
    <message>
        <source>Width and height of each per-channel filter, f.</source>
        <translation>Breite und Höhe jedes kanalweisen Filters, f.</translation>
    </message>
    <message>
        <source>Learn an offset per output channel.</source>
        <translation>Einen Versatz pro Ausgabekanal lernen.</translation>
    </message>
    <message>
        <source>The share of channels switched off, p.</source>
        <translation>Der Anteil abgeschalteter Kanäle, p.</translation>
    </message>
    <message>
        <source>The share of values set to zero, p.</source>
        <translation>Der Anteil auf null gesetzter Werte, p.</translation>
    </message>
    <message>
        <source>The slope a for negative inputs.</source>
        <translation>Die Steigung a für negative Eingaben.</translation>
    </message>
    <message>
        <source>The value a that negative outputs approach.</source>
        <translation>Der Wert a, dem sich negative Ausgaben nähern.</translation>
    </message>
    <message>
        <source>The new shape, e.g. [100, 1, 1].</source>
        <translation>Die neue Form, z. B. [100, 1, 1].</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <source>D(G(z))</source>
        <translation>D(G(z))</translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation>Bilder/s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Generator loss</source>
        <translation>Generatorverlust</translation>
    </message>
    <message>
        <source>Discriminator loss</source>
        <translation>Diskriminatorverlust</translation>
    </message>
    <message>
        <source>D(x): discriminator on real images</source>
        <translation>D(x): Diskriminator auf echten Bildern</translation>
    </message>
    <message>
        <source>D(G(z)): discriminator on generated images</source>
        <translation>D(G(z)): Diskriminator auf erzeugten Bildern</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>KID spread</source>
        <translation>KID-Streuung</translation>
    </message>
    <message>
        <source>Learning rate (%1)</source>
        <translation>Lernrate (%1)</translation>
    </message>
    <message>
        <source>%1 (held-out images)</source>
        <translation>%1 (zurückgehaltene Bilder)</translation>
    </message>
    <message>
        <source>Encoder loss</source>
        <translation>Encoder-Verlust</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL-Divergenz</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>KL-Gewicht</translation>
    </message>
    <message>
        <source>Adversarial loss</source>
        <translation>Adversarieller Verlust</translation>
    </message>
    <message>
        <source>Gradient penalty</source>
        <translation>Gradientenstrafe</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Sensitivität (Recall)</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>Pixelgenauigkeit</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>D(x) and D(G(z))</source>
        <translation>D(x) und D(G(z))</translation>
    </message>
    <message>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Diversity of the fixed samples</source>
        <translation>Vielfalt der festen Stichproben</translation>
    </message>
    <message>
        <source>Sample diversity</source>
        <translation>Vielfalt der Stichproben</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>Gradient norm of the generator (or the trained model)</source>
        <translation>Gradientennorm des Generators (oder des trainierten Modells)</translation>
    </message>
    <message>
        <source>Gradient norm of the discriminator</source>
        <translation>Gradientennorm des Diskriminators</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>Gradientennormen</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>%n Block verschieben</numerusform>
            <numerusform>%n Blöcke verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Block namens „%1“.</translation>
    </message>
    <message>
        <source>No blocks are selected.</source>
        <translation>Es sind keine Blöcke ausgewählt.</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <source>The graph has no network number %1.</source>
        <translation>Der Graph hat kein Netz Nummer %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n Block einfügen</numerusform>
            <numerusform>%n Blöcke einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>%n Block löschen</numerusform>
            <numerusform>%n Blöcke löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph has no network number %1.</source>
        <translation>Der Graph hat kein Netz Nummer %1.</translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Block namens „%1“.</translation>
    </message>
    <message>
        <source>No blocks are selected.</source>
        <translation>Es sind keine Blöcke ausgewählt.</translation>
    </message>
</context>
<context>
    <name>SetParamsCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Block namens „%1“.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Segmenter</source>
        <translation>Segmentierer</translation>
    </message>
</context>
<context>
    <name>medsynth::gui</name>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Every image file found in the folder and its sub-folders</source>
        <translation>Alle Bilddateien im Ordner und in seinen Unterordnern</translation>
    </message>
    <message>
        <source>A patient, numbered in the order of the files; no identifying value is shown</source>
        <translation>Ein Patient, nummeriert in der Reihenfolge der Dateien; es wird kein identifizierender Wert angezeigt</translation>
    </message>
    <message>
        <source>Slices ordered by %1</source>
        <translation>Schichten sortiert nach %1</translation>
    </message>
    <message>
        <source>Part of a series split because %1</source>
        <translation>Teil einer Serie, die geteilt wurde, weil %1</translation>
    </message>
    <message>
        <source>(top folder)</source>
        <translation>(oberster Ordner)</translation>
    </message>
    <message>
        <source>Files that are not DICOM (NIfTI, PNG, JPEG, TIFF, BMP, NumPy) in this folder</source>
        <translation>Dateien in diesem Ordner, die nicht DICOM sind (NIfTI, PNG, JPEG, TIFF, BMP, NumPy)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>CT (Hounsfield units)</source>
        <translation>CT (Hounsfield-Einheiten)</translation>
    </message>
    <message>
        <source>%1 (W %2, L %3)</source>
        <translation>%1 (W %2, L %3)</translation>
    </message>
    <message>
        <source>Select to open the series as a volume in the viewer</source>
        <translation>Auswählen, um die Serie als Volumen im Betrachter zu öffnen</translation>
    </message>
    <message>
        <source>File VOI LUT %1</source>
        <translation>VOI-LUT der Datei %1</translation>
    </message>
    <message>
        <source>File VOI LUT</source>
        <translation>VOI-LUT der Datei</translation>
    </message>
    <message>
        <source>The file has no frames to show.</source>
        <translation>Die Datei hat keine Bilder zum Anzeigen.</translation>
    </message>
    <message>
        <source>There are no images to show.</source>
        <translation>Es gibt keine Bilder zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Demo: brain MR</source>
        <translation>Demo: Hirn-MRT</translation>
    </message>
    <message numerus="yes">
        <source>Show the demo dataset: %n synthetic brain MR slices (DICOM).</source>
        <translation>
            <numerusform>Demo-Datensatz anzeigen: %n synthetische Hirn-MRT-Schicht (DICOM).</numerusform>
            <numerusform>Demo-Datensatz anzeigen: %n synthetische Hirn-MRT-Schichten (DICOM).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder...</source>
        <translation>Ordner öffnen...</translation>
    </message>
    <message>
        <source>Creating the demo dataset: %v of %m images</source>
        <translation>Demo-Datensatz wird erstellt: %v von %m Bildern</translation>
    </message>
    <message>
        <source>Demo dataset: synthetic brain MR slices, %1 x %1 pixels</source>
        <translation>Demo-Datensatz: synthetische Hirn-MRT-Schichten, %1 x %1 Pixel</translation>
    </message>
    <message>
        <source>Being created...</source>
        <translation>Wird erstellt...</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Bilderordner öffnen</translation>
    </message>
    <message>
        <source>Demo dataset not available</source>
        <translation>Demo-Datensatz nicht verfügbar</translation>
    </message>
    <message>
        <source>The demo dataset could not be created: %1</source>
        <translation>Der Demo-Datensatz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Keine Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>The images a model learns from: the demo dataset of synthetic brain MR slices, or a folder of your own DICOM, NIfTI, PNG, JPEG, TIFF, BMP or NumPy files (or drop a folder onto this window).</source>
        <translation>Die Bilder, aus denen ein Modell lernt: der Demo-Datensatz mit synthetischen Hirn-MRT-Schichten oder ein Ordner mit Ihren eigenen DICOM-, NIfTI-, PNG-, JPEG-, TIFF-, BMP- oder NumPy-Dateien (oder ziehen Sie einen Ordner auf dieses Fenster).</translation>
    </message>
    <message>
        <source>Index a folder and its sub-folders: DICOM (grouped by patient, study and series), NIfTI, PNG, JPEG, TIFF, BMP and NumPy files.</source>
        <translation>Einen Ordner samt Unterordnern indizieren: DICOM-Dateien (nach Patient, Studie und Serie gruppiert) sowie NIfTI-, PNG-, JPEG-, TIFF-, BMP- und NumPy-Dateien.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop indexing this folder</source>
        <translation>Indizierung dieses Ordners abbrechen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Click to select (for labels and splits); double click to view.</source>
        <translation>Klicken zum Auswählen (für Labels und Teilmengen), Doppelklick zum Anzeigen.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a folder, or it does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Ordner oder existiert nicht.</translation>
    </message>
    <message>
        <source>Indexing...</source>
        <translation>Indizierung läuft...</translation>
    </message>
    <message>
        <source>Listing files...</source>
        <translation>Dateien werden aufgelistet...</translation>
    </message>
    <message>
        <source>Reading file headers: %v of %m</source>
        <translation>Datei-Header werden gelesen: %v von %m</translation>
    </message>
    <message>
        <source>Sampling intensities: %v of %m</source>
        <translation>Intensitäten werden stichprobenartig gelesen: %v von %m</translation>
    </message>
    <message>
        <source>Not indexed</source>
        <translation>Nicht indiziert</translation>
    </message>
    <message>
        <source>Indexing was cancelled. Open the folder again to index it.</source>
        <translation>Die Indizierung wurde abgebrochen. Öffnen Sie den Ordner erneut, um ihn zu indizieren.</translation>
    </message>
    <message>
        <source>The folder could not be indexed: %1</source>
        <translation>Der Ordner konnte nicht indiziert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped files (%1)</source>
        <translation>Übersprungene Dateien (%1)</translation>
    </message>
    <message>
        <source>No image files were found in this folder. It is searched with its sub-folders for DICOM, NIfTI, PNG, JPEG, TIFF, BMP and NumPy files.</source>
        <translation>In diesem Ordner wurden keine Bilddateien gefunden. Er wird samt Unterordnern nach DICOM-, NIfTI-, PNG-, JPEG-, TIFF-, BMP- und NumPy-Dateien durchsucht.</translation>
    </message>
    <message>
        <source>Select an image or a series to view it.</source>
        <translation>Wählen Sie ein Bild oder eine Serie, um es anzusehen.</translation>
    </message>
    <message>
        <source>Unsaved labels and splits</source>
        <translation>Nicht gespeicherte Labels und Teilmengen</translation>
    </message>
    <message>
        <source>The labels and splits set in %1 are not saved. Save them to its labels.csv first?</source>
        <translation>Die in %1 gesetzten Labels und Teilmengen sind nicht gespeichert. Zuerst in dessen labels.csv speichern?</translation>
    </message>
    <message>
        <source>labels.csv, line %1: %2</source>
        <translation>labels.csv, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Skipped files (%1) and labels.csv rows not used (%2)</source>
        <translation>Übersprungene Dateien (%1) und nicht verwendete Zeilen von labels.csv (%2)</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DataViewerTab</name>
    <message>
        <source>This slice cannot be shown.
%1</source>
        <translation>Diese Schicht kann nicht angezeigt werden.
%1</translation>
    </message>
    <message>
        <source>No file shown.</source>
        <translation>Keine Datei angezeigt.</translation>
    </message>
    <message>
        <source>This file cannot be shown.
%1</source>
        <translation>Diese Datei kann nicht angezeigt werden.
%1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>%1, image %2 of %3 (ordered by %4)</source>
        <translation>%1, Bild %2 von %3 (sortiert nach %4)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::DesignPage</name>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <source>Looks at an image and scores how real it seems.</source>
        <translation>Betrachtet ein Bild und bewertet, wie echt es wirkt.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation>1 (Graustufen)</translation>
    </message>
    <message>
        <source>3 (colour)</source>
        <translation>3 (Farbe)</translation>
    </message>
    <message>
        <source>%1 x %1 pixels</source>
        <translation>%1 x %1 Pixel</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>No architecture templates are available. The installation may be incomplete.</source>
        <translation>Es sind keine Architekturvorlagen verfügbar. Die Installation ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>This template cannot be built with these choices: %1</source>
        <translation>Diese Vorlage lässt sich mit dieser Auswahl nicht aufbauen: %1</translation>
    </message>
    <message>
        <source>Parameter count not available until the network&apos;s problems are fixed.</source>
        <translation>Die Zahl der Parameter ist erst verfügbar, wenn die Probleme des Netzes behoben sind.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems:&lt;/b&gt; none, every block fits.</source>
        <translation>&lt;b&gt;Probleme:&lt;/b&gt; keine, alle Blöcke passen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Problems:&lt;/b&gt; %n to fix (click one to find its block).</source>
        <translation>
            <numerusform>&lt;b&gt;Probleme:&lt;/b&gt; %n zu beheben (klicken Sie auf eines, um seinen Block zu finden).</numerusform>
            <numerusform>&lt;b&gt;Probleme:&lt;/b&gt; %n zu beheben (klicken Sie auf eines, um seinen Block zu finden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Öffnen...</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Ein Modell öffnen</translation>
    </message>
    <message>
        <source>MedSynth models (*.json);;All files (*)</source>
        <translation>MedSynth-Modelle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The model could not be opened: %1</source>
        <translation>Das Modell konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Das Modell speichern</translation>
    </message>
    <message>
        <source>MedSynth models (*.json)</source>
        <translation>MedSynth-Modelle (*.json)</translation>
    </message>
    <message>
        <source>The model could not be saved: %1</source>
        <translation>Das Modell konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Segmenter</source>
        <translation>Segmentierer</translation>
    </message>
    <message>
        <source>Turns a vector of random numbers (or an image) into an image.</source>
        <translation>Macht aus einem Vektor von Zufallszahlen (oder einem Bild) ein Bild.</translation>
    </message>
    <message>
        <source>Compresses an image into the mean and log-variance of its latent code.</source>
        <translation>Verdichtet ein Bild zu Mittelwert und Log-Varianz seines latenten Codes.</translation>
    </message>
    <message>
        <source>Turns a latent code back into an image.</source>
        <translation>Macht aus einem latenten Code wieder ein Bild.</translation>
    </message>
    <message>
        <source>Gives a score for each class of an image.</source>
        <translation>Gibt für ein Bild einen Wert je Klasse aus.</translation>
    </message>
    <message>
        <source>Marks, pixel by pixel, where the structure of interest is.</source>
        <translation>Markiert Pixel für Pixel, wo die gesuchte Struktur liegt.</translation>
    </message>
    <message>
        <source>Empty GAN (generator and discriminator)</source>
        <translation>Leeres GAN (Generator und Diskriminator)</translation>
    </message>
    <message>
        <source>Empty VAE (encoder and decoder)</source>
        <translation>Leerer VAE (Encoder und Decoder)</translation>
    </message>
    <message>
        <source>Empty VAE-GAN (encoder, decoder, discriminator)</source>
        <translation>Leeres VAE-GAN (Encoder, Decoder, Diskriminator)</translation>
    </message>
    <message>
        <source>Empty classifier</source>
        <translation>Leerer Klassifikator</translation>
    </message>
    <message>
        <source>Empty segmenter</source>
        <translation>Leerer Segmentierer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Lay the blocks out automatically, layer by layer (L). Undo puts them back.</source>
        <translation>Ordnet die Blöcke automatisch Schicht für Schicht an (L). Rückgängig stellt die alte Anordnung wieder her.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network (F).</source>
        <translation>Zeigt das ganze Netz (F).</translation>
    </message>
    <message>
        <source>Drag blocks from the palette onto the canvas and draw connections from an output to an input; Delete removes, Ctrl+Z undoes, F fits the view, L arranges, Ctrl+S saves. The Train page can train this model as it is here.</source>
        <translation>Ziehen Sie Blöcke aus der Palette auf die Arbeitsfläche und verbinden Sie jeweils einen Ausgang mit einem Eingang; Entf löscht, Strg+Z macht rückgängig, F passt die Ansicht ein, L ordnet an, Strg+S speichert. Die Seite „Trainieren“ kann dieses Modell so trainieren, wie es hier ist.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The model has changes that are not saved. Save them first?</source>
        <translation>Das Modell hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <source>An empty model: drag blocks from the palette onto each network&apos;s canvas. The channels and image size above are the images it must make and take.</source>
        <translation>Ein leeres Modell: Ziehen Sie Blöcke aus der Palette auf die Arbeitsfläche jedes Netzes. Kanäle und Bildgröße oben gelten für die Bilder, die es erzeugen und aufnehmen muss.</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>Keine zuletzt verwendeten Modelle</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1, &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation>&lt;b&gt;Modell:&lt;/b&gt; %1, &lt;i&gt;ungespeicherte Änderungen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Modell:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 parameters (%2 MB), %3 million multiply-adds per image</source>
        <translation>%1 Parameter (%2 MB), %3 Millionen Multiplikationen-Additionen pro Bild</translation>
    </message>
    <message>
        <source>(own model)</source>
        <translation>(eigenes Modell)</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::LabelSplitEditor</name>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>A class name for the selected images; type a new one or pick one in use</source>
        <translation>Ein Klassenname für die ausgewählten Bilder; geben Sie einen neuen ein oder wählen Sie einen bereits verwendeten</translation>
    </message>
    <message>
        <source>Set label</source>
        <translation>Label setzen</translation>
    </message>
    <message>
        <source>Set split</source>
        <translation>Teilmenge setzen</translation>
    </message>
    <message>
        <source>Moves every image of the selected images&apos; patients (or files), so that no patient is in two splits</source>
        <translation>Verschiebt alle Bilder der Patienten (oder Dateien) der ausgewählten Bilder, damit kein Patient in zwei Teilmengen liegt</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Teilmenge:</translation>
    </message>
    <message>
        <source>Select images to label them or choose their split.</source>
        <translation>Wählen Sie Bilder aus, um ihnen ein Label oder eine Teilmenge zuzuweisen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>%n Bild ausgewählt</numerusform>
            <numerusform>%n Bilder ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits (by patient): train %1, validation %2, test %3 images</source>
        <translation>Teilmengen (nach Patient): Training %1, Validierung %2, Test %3 Bilder</translation>
    </message>
    <message numerus="yes">
        <source>Label removed from %n image(s).</source>
        <translation>
            <numerusform>Label von %n Bild entfernt.</numerusform>
            <numerusform>Label von %n Bildern entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label &quot;%1&quot; set on %n image(s).</source>
        <translation>
            <numerusform>Label „%1“ für %n Bild gesetzt.</numerusform>
            <numerusform>Label „%1“ für %n Bilder gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set for %2 (%3 images): a patient is never in two splits.</source>
        <translation>Teilmenge „%1“ für %2 gesetzt (%3 Bilder): Ein Patient liegt nie in zwei Teilmengen.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) or file group(s)</source>
        <translation>
            <numerusform>%n Patienten oder Dateigruppe</numerusform>
            <numerusform>%n Patienten oder Dateigruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>By folder</source>
        <translation>Nach Ordner</translation>
    </message>
    <message>
        <source>Labels each selected image with the name of the sub-folder it is in (for folders laid out one class per sub-folder)</source>
        <translation>Versieht jedes ausgewählte Bild mit dem Namen seines Unterordners als Label (für Ordner mit einer Klasse pro Unterordner)</translation>
    </message>
    <message>
        <source>Save to labels.csv</source>
        <translation>In labels.csv speichern</translation>
    </message>
    <message>
        <source>Writes every image&apos;s label and split to labels.csv in this folder (lines &quot;file,label,split&quot;), where training, medsynth-cli and the next session find them</source>
        <translation>Schreibt Label und Teilmenge jedes Bildes in labels.csv in diesem Ordner (Zeilen &quot;file,label,split&quot;), wo Training, medsynth-cli und die nächste Sitzung sie finden</translation>
    </message>
    <message>
        <source>The labels and splits could not be saved: %1. Training in this session still uses them; to keep them, copy the folder to one you can write to.</source>
        <translation>Die Labels und Teilmengen konnten nicht gespeichert werden: %1. Das Training in dieser Sitzung verwendet sie weiterhin; um sie zu behalten, kopieren Sie den Ordner an einen beschreibbaren Ort.</translation>
    </message>
    <message numerus="yes">
        <source>Labels and splits of %n image(s) saved to %1.</source>
        <translation>
            <numerusform>Labels und Teilmengen von %n Bild in %1 gespeichert.</numerusform>
            <numerusform>Labels und Teilmengen von %n Bildern in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo is trained from images made in memory, so labels and splits set here are not used by training. Open a folder to label it for training.</source>
        <translation>Die Demo wird mit im Speicher erzeugten Bildern trainiert, daher verwendet das Training die hier gesetzten Labels und Teilmengen nicht. Öffnen Sie einen Ordner, um ihn für das Training zu beschriften.</translation>
    </message>
    <message>
        <source>Training on this folder uses the labels and splits shown here. They are not saved yet: &quot;Save to labels.csv&quot; keeps them for later sessions and for medsynth-cli.</source>
        <translation>Das Training mit diesem Ordner verwendet die hier gezeigten Labels und Teilmengen. Sie sind noch nicht gespeichert: „In labels.csv speichern“ behält sie für spätere Sitzungen und für medsynth-cli.</translation>
    </message>
    <message>
        <source>Training on this folder uses the labels and splits shown here (from labels.csv when the folder has one; otherwise no labels, and splits drawn by patient with seed 1).</source>
        <translation>Das Training mit diesem Ordner verwendet die hier gezeigten Labels und Teilmengen (aus labels.csv, wenn der Ordner eine hat; sonst ohne Labels und mit Teilmengen nach Patient mit Startwert 1).</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) labelled by their sub-folder.</source>
        <translation>
            <numerusform>%n Bild nach seinem Unterordner beschriftet.</numerusform>
            <numerusform>%n Bilder nach ihrem Unterordner beschriftet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No label changed: the selected images are not in sub-folders, or already have their sub-folder&apos;s name.</source>
        <translation>Kein Label geändert: Die ausgewählten Bilder liegen nicht in Unterordnern oder haben bereits den Namen ihres Unterordners.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::MainWindow</name>
    <message>
        <source>MedSynth Workbench</source>
        <translation>MedSynth Workbench</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Comparing runs is not built yet. In a coming version this page will put finished runs side by side: their loss curves and sample grids, image quality scores such as FID and KID, and a check that the model does not simply copy its training images.</source>
        <translation>Das Vergleichen von Trainingsläufen gibt es noch nicht. In einer kommenden Version stellt diese Seite abgeschlossene Läufe nebeneinander: ihre Verlustkurven und Beispielraster, Bildqualitätswerte wie FID und KID sowie eine Prüfung, dass das Modell nicht einfach seine Trainingsbilder kopiert.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Exploring a trained model is not built yet. In a coming version you will open a trained model, move sliders to travel through the space of images it can make, watch one image turn into another, and save the images you like as synthetic DICOM or PNG files.</source>
        <translation>Das Erkunden eines trainierten Modells gibt es noch nicht. In einer kommenden Version öffnen Sie ein trainiertes Modell, bewegen Schieberegler durch den Raum der Bilder, die es erzeugen kann, sehen zu, wie ein Bild in ein anderes übergeht, und speichern die Bilder, die Ihnen gefallen, als synthetische DICOM- oder PNG-Dateien.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The images a model learns from</source>
        <translation>Die Bilder, aus denen ein Modell lernt</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>The networks of a model</source>
        <translation>Die Netze eines Modells</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train a model and watch it learn</source>
        <translation>Ein Modell trainieren und beim Lernen zusehen</translation>
    </message>
    <message>
        <source>Compare runs (not built yet)</source>
        <translation>Läufe vergleichen (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Explore a trained model (not built yet)</source>
        <translation>Ein trainiertes Modell erkunden (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Demo data: %p%</source>
        <translation>Demo-Daten: %p%</translation>
    </message>
    <message>
        <source>The demo dataset is ready.</source>
        <translation>Der Demo-Datensatz ist bereit.</translation>
    </message>
    <message>
        <source>The demo dataset could not be created: %1</source>
        <translation>Der Demo-Datensatz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MedSynth Workbench</source>
        <translation>&amp;Über MedSynth Workbench</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA GPU(s) available.</source>
        <translation>
            <numerusform>%n CUDA-GPU verfügbar.</numerusform>
            <numerusform>%n CUDA-GPUs verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU available: training runs on the CPU (%n core(s)).</source>
        <translation>
            <numerusform>Keine CUDA-GPU verfügbar: Das Training läuft auf der CPU (%n Kern).</numerusform>
            <numerusform>Keine CUDA-GPU verfügbar: Das Training läuft auf der CPU (%n Kerne).</numerusform>
        </translation>
    </message>
    <message>
        <source>About MedSynth Workbench</source>
        <translation>Über MedSynth Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MedSynth Workbench %1&lt;/h3&gt;&lt;p&gt;Train and explore generative models on medical images, without programming.&lt;/p&gt;&lt;p&gt;LibTorch %2. %3&lt;/p&gt;&lt;p&gt;Synthetic images are for research and teaching, not for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MedSynth Workbench %1&lt;/h3&gt;&lt;p&gt;Generative Modelle auf medizinischen Bildern trainieren und erkunden, ohne zu programmieren.&lt;/p&gt;&lt;p&gt;LibTorch %2. %3&lt;/p&gt;&lt;p&gt;Synthetische Bilder dienen Forschung und Lehre, nicht der Diagnose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Creating the demo dataset in the background...</source>
        <translation>Der Demo-Datensatz wird im Hintergrund erstellt...</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Drop a folder (not a file) to open it on the Data page.</source>
        <translation>Legen Sie einen Ordner (keine Datei) ab, um ihn auf der Seite „Daten“ zu öffnen.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::MetadataPanel</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reveal identifying values</source>
        <translation>Identifizierende Werte anzeigen</translation>
    </message>
    <message>
        <source>Shows the patient names, IDs, dates, UIDs and other identifying values of this file on screen, for this file only. They are never saved or written anywhere.</source>
        <translation>Zeigt Patientennamen, IDs, Datumsangaben, UIDs und andere identifizierende Werte dieser Datei auf dem Bildschirm an, nur für diese Datei. Sie werden nie gespeichert oder irgendwohin geschrieben.</translation>
    </message>
    <message>
        <source>No file shown.</source>
        <translation>Keine Datei angezeigt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Photometric interpretation</source>
        <translation>Photometrische Interpretation</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 x %2 pixels</source>
        <translation>%1 x %2 Pixel</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Samples per pixel</source>
        <translation>Abtastwerte pro Pixel</translation>
    </message>
    <message>
        <source>Bits allocated / stored</source>
        <translation>Bits zugewiesen / gespeichert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>floating point</source>
        <translation>Gleitkomma</translation>
    </message>
    <message>
        <source>signed integers</source>
        <translation>Ganzzahlen mit Vorzeichen</translation>
    </message>
    <message>
        <source>unsigned integers</source>
        <translation>Ganzzahlen ohne Vorzeichen</translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation>Transfersyntax</translation>
    </message>
    <message>
        <source>Slices along</source>
        <translation>Schichten entlang</translation>
    </message>
    <message>
        <source>i (sagittal)</source>
        <translation>i (sagittal)</translation>
    </message>
    <message>
        <source>j (coronal)</source>
        <translation>j (koronal)</translation>
    </message>
    <message>
        <source>k (axial)</source>
        <translation>k (axial)</translation>
    </message>
    <message>
        <source>Pixel spacing (mm)</source>
        <translation>Pixelabstand (mm)</translation>
    </message>
    <message>
        <source>Slice thickness (mm)</source>
        <translation>Schichtdicke (mm)</translation>
    </message>
    <message>
        <source>Image position (mm)</source>
        <translation>Bildposition (mm)</translation>
    </message>
    <message>
        <source>Image orientation</source>
        <translation>Bildorientierung</translation>
    </message>
    <message>
        <source>Values and display</source>
        <translation>Werte und Darstellung</translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation>Modalitäts-LUT</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>Rescale slope / intercept</source>
        <translation>Rescale-Steigung / -Achsenabschnitt</translation>
    </message>
    <message>
        <source>Rescale type</source>
        <translation>Rescale-Typ</translation>
    </message>
    <message>
        <source>width %1, level %2</source>
        <translation>Breite %1, Zentrum %2</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>VOI LUTs</source>
        <translation>VOI-LUTs</translation>
    </message>
    <message>
        <source>VOI LUT function</source>
        <translation>VOI-LUT-Funktion</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Arrays</translation>
    </message>
    <message>
        <source>Identifying (masked)</source>
        <translation>Identifizierende Werte (maskiert)</translation>
    </message>
    <message>
        <source>Identifying values are masked. Reveal shows them on screen for this file only; they are never saved, logged or exported.</source>
        <translation>Identifizierende Werte sind maskiert. „Identifizierende Werte anzeigen“ zeigt sie nur für diese Datei auf dem Bildschirm; sie werden nie gespeichert, protokolliert oder exportiert.</translation>
    </message>
    <message>
        <source>The file holds no identifying values.</source>
        <translation>Die Datei enthält keine identifizierenden Werte.</translation>
    </message>
    <message>
        <source>Only DICOM files carry identifying values.</source>
        <translation>Nur DICOM-Dateien enthalten identifizierende Werte.</translation>
    </message>
    <message>
        <source>Identifying (shown)</source>
        <translation>Identifizierende Werte (angezeigt)</translation>
    </message>
    <message>
        <source>Mask identifying values</source>
        <translation>Identifizierende Werte maskieren</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RecentFolders</name>
    <message>
        <source>Recent Folders</source>
        <translation>Zuletzt geöffnete Ordner</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>Keine zuletzt geöffneten Ordner</translation>
    </message>
    <message>
        <source>Not remembering folders</source>
        <translation>Ordner werden nicht gemerkt</translation>
    </message>
    <message>
        <source>Remember Recent Folders</source>
        <translation>Zuletzt geöffnete Ordner merken</translation>
    </message>
    <message>
        <source>Keep a list of the folders you open in this program&apos;s settings (paths only).</source>
        <translation>Eine Liste der geöffneten Ordner in den Einstellungen dieses Programms speichern (nur die Pfade).</translation>
    </message>
    <message>
        <source>Clear Recent Folders</source>
        <translation>Liste der zuletzt geöffneten Ordner leeren</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RunFollower</name>
    <message numerus="yes">
        <source>%n line(s) of metrics.jsonl could not be read and were skipped (the first is line %1).</source>
        <translation>
            <numerusform>%n Zeile von metrics.jsonl konnte nicht gelesen werden und wurde übersprungen (Zeile %1).</numerusform>
            <numerusform>%n Zeilen von metrics.jsonl konnten nicht gelesen werden und wurden übersprungen (die erste ist Zeile %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RunPickerDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Tick the runs to compare (newest first):</source>
        <translation>Kreuzen Sie die zu vergleichenden Läufe an (neueste zuerst):</translation>
    </message>
    <message>
        <source>%1 (shown already)</source>
        <translation>%1 (bereits angezeigt)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::RunsPanel</name>
    <message>
        <source>Follow a run folder...</source>
        <translation>Laufordner verfolgen...</translation>
    </message>
    <message>
        <source>Watch one run as it trains, also one that medsynth-cli writes on another machine into a shared folder.</source>
        <translation>Verfolgt einen Lauf während des Trainings, auch einen, den medsynth-cli auf einem anderen Rechner in einen freigegebenen Ordner schreibt.</translation>
    </message>
    <message>
        <source>Compare runs...</source>
        <translation>Läufe vergleichen...</translation>
    </message>
    <message>
        <source>Add runs to those shown: choose a run folder, or a folder that holds several runs.</source>
        <translation>Fügt den angezeigten Läufen weitere hinzu: Wählen Sie einen Laufordner oder einen Ordner mit mehreren Läufen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected runs from the charts. Their folders are not touched.</source>
        <translation>Entfernt die ausgewählten Läufe aus den Diagrammen. Ihre Ordner bleiben unberührt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The latest sample grid of the selected run appears here.</source>
        <translation>Hier erscheint das neueste Beispielraster des ausgewählten Laufs.</translation>
    </message>
    <message>
        <source>No run is shown yet.

&quot;Follow a run folder...&quot; watches one run as it trains: its curves and its latest samples update while it runs, also when medsynth-cli writes it on another machine into a shared folder.

&quot;Compare runs...&quot; overlays several runs, one colour per run.</source>
        <translation>Noch wird kein Lauf angezeigt.

„Laufordner verfolgen...“ beobachtet einen Lauf während des Trainings: Seine Kurven und neuesten Beispiele werden laufend aktualisiert, auch wenn medsynth-cli ihn auf einem anderen Rechner in einen freigegebenen Ordner schreibt.

„Läufe vergleichen...“ legt mehrere Läufe übereinander, eine Farbe je Lauf.</translation>
    </message>
    <message>
        <source>Runs - MedSynth Workbench</source>
        <translation>Läufe - MedSynth Workbench</translation>
    </message>
    <message>
        <source>This folder cannot be followed. %1</source>
        <translation>Dieser Ordner kann nicht verfolgt werden. %1</translation>
    </message>
    <message>
        <source>The run &apos;%1&apos; is shown already.</source>
        <translation>Der Lauf „%1“ wird bereits angezeigt.</translation>
    </message>
    <message>
        <source>stopped at step %1</source>
        <translation>bei Schritt %1 angehalten</translation>
    </message>
    <message>
        <source>finished, %1 steps</source>
        <translation>fertig, %1 Schritte</translation>
    </message>
    <message>
        <source>waiting for the first step</source>
        <translation>wartet auf den ersten Schritt</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Experiment %1: template %2, recipe %3</source>
        <translation>Experiment %1: Vorlage %2, Rezept %3</translation>
    </message>
    <message>
        <source>Trains on %1</source>
        <translation>Trainiert mit %1</translation>
    </message>
    <message>
        <source>%1 has no sample grid yet.</source>
        <translation>%1 hat noch kein Beispielraster.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Follow a run folder</source>
        <translation>Einen Laufordner verfolgen</translation>
    </message>
    <message>
        <source>Choose a run folder, or a folder that holds runs</source>
        <translation>Wählen Sie einen Laufordner oder einen Ordner mit Läufen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no training run: neither it nor a folder in it has an experiment.json. Choose a run folder, or the folder that holds your runs (for example the one medsynth-cli train writes into).</source>
        <translation>„%1“ enthält keinen Trainingslauf: Weder dieser Ordner noch ein Ordner darin hat eine experiment.json. Wählen Sie einen Laufordner oder den Ordner, der Ihre Läufe enthält (zum Beispiel den, in den medsynth-cli train schreibt).</translation>
    </message>
    <message>
        <source>%1: the runs were measured with different features (%2), so their values are not comparable</source>
        <translation>%1: Die Läufe wurden mit verschiedenen Merkmalen gemessen (%2), ihre Werte sind daher nicht vergleichbar</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainPage</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Demo: brain MR (synthetic)</source>
        <translation>Demo: Hirn-MRT (synthetisch)</translation>
    </message>
    <message>
        <source>%1 x %1 pixels</source>
        <translation>%1 x %1 Pixel</translation>
    </message>
    <message>
        <source>Smaller images train much faster; 32 or 64 suits a laptop.</source>
        <translation>Kleinere Bilder trainieren viel schneller; 32 oder 64 passt für einen Laptop.</translation>
    </message>
    <message>
        <source>How many images the networks see at each step.</source>
        <translation>Wie viele Bilder die Netze bei jedem Schritt sehen.</translation>
    </message>
    <message>
        <source>How many times the generator is updated. More steps take longer and usually give better images.</source>
        <translation>Wie oft der Generator aktualisiert wird. Mehr Schritte dauern länger und ergeben meist bessere Bilder.</translation>
    </message>
    <message>
        <source>Fixed seed</source>
        <translation>Fester Startwert</translation>
    </message>
    <message>
        <source>With a fixed seed, the same settings give the same run again.</source>
        <translation>Mit festem Startwert ergeben dieselben Einstellungen wieder denselben Lauf.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>End the run after the current step; its results so far are kept.</source>
        <translation>Beendet den Lauf nach dem aktuellen Schritt; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Device: chosen when the run starts</source>
        <translation>Gerät: wird beim Start des Laufs gewählt</translation>
    </message>
    <message>
        <source>Speed: -</source>
        <translation>Geschwindigkeit: -</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <source>Ready. Choose the settings on the left and press Start.</source>
        <translation>Bereit. Wählen Sie links die Einstellungen und klicken Sie auf Starten.</translation>
    </message>
    <message>
        <source>Generated samples appear here while the model trains.</source>
        <translation>Erzeugte Beispiele erscheinen hier, während das Modell trainiert.</translation>
    </message>
    <message>
        <source>No architecture template is available, so there is nothing to train. The installation may be incomplete: reinstall MedSynth Workbench.</source>
        <translation>Es ist keine Architekturvorlage verfügbar, daher gibt es nichts zu trainieren. Die Installation ist möglicherweise unvollständig: Installieren Sie MedSynth Workbench neu.</translation>
    </message>
    <message>
        <source>Device: being chosen...</source>
        <translation>Gerät: wird gewählt...</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <source>Loading the images (seed %1)...</source>
        <translation>Bilder werden geladen (Startwert %1)...</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Wird nach dem aktuellen Schritt angehalten...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The training could not run.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;What to do: change the set-up on the left (for example a smaller image size or batch size, or another dataset) and press Start again.</source>
        <translation>&lt;b&gt;Das Training konnte nicht laufen.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Was tun: Ändern Sie links die Einrichtung (zum Beispiel eine kleinere Bild- oder Batchgröße oder einen anderen Datensatz) und klicken Sie erneut auf Starten.</translation>
    </message>
    <message>
        <source>Loading the images: %1 of %2...</source>
        <translation>Bilder werden geladen: %1 von %2...</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s); %1 unreadable file(s) left out. Preparing the model...</source>
        <translation>
            <numerusform>%n Bild geladen; %1 unlesbare Datei(en) ausgelassen. Das Modell wird vorbereitet...</numerusform>
            <numerusform>%n Bilder geladen; %1 unlesbare Datei(en) ausgelassen. Das Modell wird vorbereitet...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s). Preparing the model...</source>
        <translation>
            <numerusform>%n Bild geladen. Das Modell wird vorbereitet...</numerusform>
            <numerusform>%n Bilder geladen. Das Modell wird vorbereitet...</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU (%1)</source>
        <translation>GPU (%1)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <source>Device: %1, %n thread(s)</source>
        <translation>
            <numerusform>Gerät: %1, %n Thread</numerusform>
            <numerusform>Gerät: %1, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Generator: %1 parameters, discriminator: %2 parameters.</source>
        <translation>Generator: %1 Parameter, Diskriminator: %2 Parameter.</translation>
    </message>
    <message>
        <source>Training...</source>
        <translation>Training läuft...</translation>
    </message>
    <message>
        <source>Estimating time left...</source>
        <translation>Restzeit wird geschätzt...</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>Speed: %1 images/s</source>
        <translation>Geschwindigkeit: %1 Bilder/s</translation>
    </message>
    <message>
        <source>Training: step %1 of %2, epoch %3. Generator loss %4, discriminator loss %5.</source>
        <translation>Training: Schritt %1 von %2, Epoche %3. Generatorverlust %4, Diskriminatorverlust %5.</translation>
    </message>
    <message>
        <source>Stopped at step %1 after %2. The results so far are in the run folder.</source>
        <translation>Bei Schritt %1 nach %2 angehalten. Die bisherigen Ergebnisse liegen im Laufordner.</translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2. The results are in the run folder.</source>
        <translation>Fertig: %1 Schritte in %2. Die Ergebnisse liegen im Laufordner.</translation>
    </message>
    <message>
        <source>The training stopped with an error.</source>
        <translation>Das Training wurde mit einem Fehler beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>This template cannot be built with these choices: %1</source>
        <translation>Diese Vorlage lässt sich mit dieser Auswahl nicht aufbauen: %1</translation>
    </message>
    <message>
        <source>Other runs</source>
        <translation>Andere Läufe</translation>
    </message>
    <message>
        <source>Follow a run folder...</source>
        <translation>Laufordner verfolgen...</translation>
    </message>
    <message>
        <source>Compare runs...</source>
        <translation>Läufe vergleichen...</translation>
    </message>
    <message>
        <source>Last checkpoint: step %1 (%2)</source>
        <translation>Letzter Checkpoint: Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>The run paused itself at step %1 so nothing is lost.</source>
        <translation>Der Lauf hat sich bei Schritt %1 selbst pausiert, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>The model on the Design page</source>
        <translation>Das Modell auf der Seite „Entwurf“</translation>
    </message>
    <message numerus="yes">
        <source>The model on the Design page has %n problem(s) to fix before it can train. The Design page lists each one with its fix.</source>
        <translation>
            <numerusform>Das Modell auf der Seite „Entwurf“ hat %n Problem, das vor dem Training behoben werden muss. Die Seite „Entwurf“ zeigt es samt Lösung an.</numerusform>
            <numerusform>Das Modell auf der Seite „Entwurf“ hat %n Probleme, die vor dem Training behoben werden müssen. Die Seite „Entwurf“ listet jedes samt Lösung auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model on the Design page is for the %1 recipe, which this version cannot train yet.</source>
        <translation>Das Modell auf der Seite „Entwurf“ ist für das Rezept %1 bestimmt, das diese Version noch nicht trainieren kann.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the current step (a checkpoint is written); press again to go on.</source>
        <translation>Nach dem aktuellen Schritt pausieren (ein Checkpoint wird geschrieben); erneut drücken, um fortzufahren.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>While paused: one training step. The arrow offers one discriminator update or one generator update alone (GANs).</source>
        <translation>Während der Pause: ein Trainingsschritt. Der Pfeil bietet eine einzelne Aktualisierung des Diskriminators oder des Generators (GANs).</translation>
    </message>
    <message>
        <source>One discriminator update</source>
        <translation>Eine Aktualisierung des Diskriminators</translation>
    </message>
    <message>
        <source>One generator update</source>
        <translation>Eine Aktualisierung des Generators</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: a checkpoint is written; Step trains one step at a time.</source>
        <translation>Pausiert: ein Checkpoint wurde geschrieben; Schritt trainiert jeweils einen Schritt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Learning rate set to %1 from the next step on.</source>
        <translation>Lernrate ab dem nächsten Schritt auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Continue a run...</source>
        <translation>Einen Lauf fortsetzen...</translation>
    </message>
    <message>
        <source>Go on with a stopped or interrupted run from its last checkpoint, with its own settings. A run trained on a folder needs that folder as the Dataset.</source>
        <translation>Einen gestoppten oder abgebrochenen Lauf ab seinem letzten Checkpoint mit seinen eigenen Einstellungen fortsetzen. Ein auf einem Ordner trainierter Lauf braucht diesen Ordner als Datensatz.</translation>
    </message>
    <message>
        <source>Fork from a checkpoint...</source>
        <translation>Von einem Checkpoint abzweigen...</translation>
    </message>
    <message>
        <source>Start a new run from any checkpoint of a run (its checkpoints folder): the same model and settings, trained up to the Steps set above.</source>
        <translation>Einen neuen Lauf von einem beliebigen Checkpoint eines Laufs starten (sein Ordner checkpoints): dasselbe Modell und dieselben Einstellungen, trainiert bis zu den oben eingestellten Schritten.</translation>
    </message>
    <message>
        <source>Continue a run: choose its run folder</source>
        <translation>Einen Lauf fortsetzen: seinen Ordner wählen</translation>
    </message>
    <message>
        <source>Fork from a checkpoint</source>
        <translation>Von einem Checkpoint abzweigen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt)</source>
        <translation>Checkpoints (*.pt)</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>Datenvorbereitung</translation>
    </message>
    <message>
        <source>How the images of a folder become the model&apos;s input. The demo data is made at the model&apos;s size and only takes the augmentation.</source>
        <translation>Wie die Bilder eines Ordners zur Eingabe des Modells werden. Die Demodaten entstehen in der Größe des Modells und erhalten nur die Augmentierung.</translation>
    </message>
    <message>
        <source>The file&apos;s own</source>
        <translation>Das der Datei</translation>
    </message>
    <message>
        <source>Percentiles 1 to 99</source>
        <translation>Perzentile 1 bis 99</translation>
    </message>
    <message>
        <source>CT: %1</source>
        <translation>CT: %1</translation>
    </message>
    <message>
        <source>Which range of values is shown from black to white. CT presets apply to CT images (and NIfTI or NumPy volumes); other images keep their own window.</source>
        <translation>Welcher Wertebereich von Schwarz bis Weiß dargestellt wird. CT-Voreinstellungen gelten für CT-Bilder (und NIfTI- oder NumPy-Volumen); andere Bilder behalten ihr eigenes Fenster.</translation>
    </message>
    <message>
        <source>Crop to a square</source>
        <translation>Auf ein Quadrat zuschneiden</translation>
    </message>
    <message>
        <source>Pad to a square</source>
        <translation>Zu einem Quadrat auffüllen</translation>
    </message>
    <message>
        <source>Images that are not square: keep their centre square, or keep all of the image on a black border.</source>
        <translation>Nicht quadratische Bilder: ihr mittleres Quadrat behalten oder das ganze Bild auf schwarzem Rand behalten.</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Mirror half of the training images left to right.</source>
        <translation>Die Hälfte der Trainingsbilder von links nach rechts spiegeln.</translation>
    </message>
    <message>
        <source>Rotate ±</source>
        <translation>Drehen ±</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation>Keine Drehung</translation>
    </message>
    <message>
        <source>Rotate each training image by a random angle up to this many degrees.</source>
        <translation>Jedes Trainingsbild um einen zufälligen Winkel bis zu so vielen Grad drehen.</translation>
    </message>
    <message>
        <source>Shift ±</source>
        <translation>Verschieben ±</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>Keine Verschiebung</translation>
    </message>
    <message>
        <source>Move each training image by up to this share of its size.</source>
        <translation>Jedes Trainingsbild um bis zu diesen Anteil seiner Größe verschieben.</translation>
    </message>
    <message>
        <source>Contrast ±</source>
        <translation>Kontrast ±</translation>
    </message>
    <message>
        <source>No contrast</source>
        <translation>Kein Kontrast</translation>
    </message>
    <message>
        <source>Change each training image&apos;s contrast and brightness by up to this much.</source>
        <translation>Kontrast und Helligkeit jedes Trainingsbilds um bis zu diesen Betrag ändern.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Anpassung:</translation>
    </message>
    <message>
        <source>Augment each training batch:</source>
        <translation>Jeden Trainingsbatch augmentieren:</translation>
    </message>
    <message>
        <source>This run has done all its %1 steps. To train it further, fork it from its last checkpoint (checkpoints/latest.pt) with more steps.</source>
        <translation>Dieser Lauf hat alle seine %1 Schritte gemacht. Um ihn weiter zu trainieren, zweigen Sie von seinem letzten Checkpoint (checkpoints/latest.pt) mit mehr Schritten ab.</translation>
    </message>
    <message>
        <source>Continuing from step %1: loading the images...</source>
        <translation>Fortsetzung ab Schritt %1: Bilder werden geladen...</translation>
    </message>
    <message>
        <source>The checkpoint is at step %1, so a run forked from it needs more steps than that. Set Steps above %1 and fork again.</source>
        <translation>Der Checkpoint steht bei Schritt %1, ein davon abgezweigter Lauf braucht also mehr Schritte. Stellen Sie mehr als %1 Schritte ein und zweigen Sie erneut ab.</translation>
    </message>
    <message>
        <source>Forking from step %1: loading the images...</source>
        <translation>Abzweigung ab Schritt %1: Bilder werden geladen...</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>The labels and splits set on the Data page are used, but they are not saved: save them there (&quot;Save to labels.csv&quot;) to be able to continue this run in a later session.</source>
        <translation>Die auf der Seite „Daten“ gesetzten Labels und Teilmengen werden verwendet, sind aber nicht gespeichert: Speichern Sie sie dort („In labels.csv speichern“), um diesen Lauf in einer späteren Sitzung fortsetzen zu können.</translation>
    </message>
    <message>
        <source>Training settings...</source>
        <translation>Trainingseinstellungen...</translation>
    </message>
    <message>
        <source>The optimizer and learning rates, the schedule, the losses, how often checkpoints are written and FID/KID measured, and the device. They start as the template recommends and are kept for each template.</source>
        <translation>Optimierer und Lernraten, Zeitplan, Verluste, wie oft Checkpoints geschrieben und FID/KID gemessen werden, und das Gerät. Sie beginnen so, wie die Vorlage es empfiehlt, und werden für jede Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Save experiment...</source>
        <translation>Experiment speichern...</translation>
    </message>
    <message>
        <source>Save everything Start would run as an experiment file, to run again here or with &quot;medsynth-cli train FILE&quot; on another machine.</source>
        <translation>Alles, was Start ausführen würde, als Experimentdatei speichern, um es hier erneut oder mit „medsynth-cli train DATEI“ auf einem anderen Rechner auszuführen.</translation>
    </message>
    <message>
        <source>The training settings kept for this template cannot be used (%1). Open Training settings and choose &quot;Restore the template&apos;s&quot;.</source>
        <translation>Die für diese Vorlage gespeicherten Trainingseinstellungen können nicht verwendet werden (%1). Öffnen Sie die Trainingseinstellungen und wählen Sie „Vorlage wiederherstellen“.</translation>
    </message>
    <message>
        <source>Training settings saved for this template; the next run uses them.</source>
        <translation>Trainingseinstellungen für diese Vorlage gespeichert; der nächste Lauf verwendet sie.</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimente (*.json)</translation>
    </message>
    <message>
        <source>The experiment could not be saved to %1 (%2). Choose another folder, or free some disk space.</source>
        <translation>Das Experiment konnte nicht unter %1 gespeichert werden (%2). Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Experiment saved to %1. Run it with: medsynth-cli train &quot;%1&quot; --data DATASET</source>
        <translation>Experiment unter %1 gespeichert. Ausführen mit: medsynth-cli train &quot;%1&quot; --data DATENSATZ</translation>
    </message>
    <message>
        <source>A new learning rate, used from the next step on.</source>
        <translation>Eine neue Lernrate, ab dem nächsten Schritt verwendet.</translation>
    </message>
    <message>
        <source>Every network</source>
        <translation>Jedes Netz</translation>
    </message>
    <message>
        <source>Which network the new learning rate is for. Lowering only the discriminator&apos;s helps when it wins too easily.</source>
        <translation>Für welches Netz die neue Lernrate gilt. Nur die des Diskriminators zu senken hilft, wenn er zu leicht gewinnt.</translation>
    </message>
    <message>
        <source>Learning rate (%1) set to %2 from the next step on.</source>
        <translation>Lernrate (%1) ab dem nächsten Schritt auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Axial (along k)</source>
        <translation>Axial (entlang k)</translation>
    </message>
    <message>
        <source>Coronal (along j)</source>
        <translation>Koronal (entlang j)</translation>
    </message>
    <message>
        <source>Sagittal (along i)</source>
        <translation>Sagittal (entlang i)</translation>
    </message>
    <message>
        <source>How NIfTI volumes are cut into training images: along their third, second or first axis. The names hold for scans stored in the usual order.</source>
        <translation>Wie NIfTI-Volumen in Trainingsbilder geschnitten werden: entlang ihrer dritten, zweiten oder ersten Achse. Die Namen gelten für Aufnahmen, die in der üblichen Reihenfolge gespeichert sind.</translation>
    </message>
    <message>
        <source>Volume slices:</source>
        <translation>Volumenschnitte:</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message numerus="yes">
        <source>every %n step(s)</source>
        <translation>
            <numerusform>alle %n Schritt</numerusform>
            <numerusform>alle %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>One discriminator update: discriminator loss %1, D(x) %2, D(G(z)) %3.</source>
        <translation>Ein Update des Diskriminators: Verlust des Diskriminators %1, D(x) %2, D(G(z)) %3.</translation>
    </message>
    <message>
        <source>One generator update (step %1): generator loss %2.</source>
        <translation>Ein Update des Generators (Schritt %1): Verlust des Generators %2.</translation>
    </message>
    <message>
        <source>Training: step %1 of %2, epoch %3. Loss %4.</source>
        <translation>Training: Schritt %1 von %2, Epoche %3. Verlust %4.</translation>
    </message>
    <message>
        <source>Open experiment...</source>
        <translation>Experiment öffnen...</translation>
    </message>
    <message>
        <source>Train an experiment file: a run&apos;s experiment.json, or one saved here or written for medsynth-cli. Its model and settings are used as they are.</source>
        <translation>Eine Experimentdatei trainieren: die experiment.json eines Laufs oder eine hier gespeicherte oder für medsynth-cli geschriebene. Ihr Modell und ihre Einstellungen werden so verwendet, wie sie sind.</translation>
    </message>
    <message>
        <source>Training settings changed for this experiment; the next run uses them.</source>
        <translation>Trainingseinstellungen für dieses Experiment geändert; der nächste Lauf verwendet sie.</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an experiment: %2. Choose an experiment.json of a run, or a file saved with &quot;Save experiment...&quot;.</source>
        <translation>%1 kann nicht als Experiment geöffnet werden: %2. Wählen Sie die experiment.json eines Laufs oder eine mit „Experiment speichern...“ gespeicherte Datei.</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <source>Experiment opened: Start trains it on the demo data, as it was.</source>
        <translation>Experiment geöffnet: Start trainiert es wie zuvor mit den Demodaten.</translation>
    </message>
    <message>
        <source>Experiment opened. It was trained on a folder, which experiment files never name: choose that folder as the Dataset, then Start.</source>
        <translation>Experiment geöffnet. Es wurde mit einem Ordner trainiert, den Experimentdateien nie nennen: Wählen Sie diesen Ordner als Datensatz und dann Start.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainingSettingsDialog</name>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW (decoupled weight decay)</source>
        <translation>AdamW (entkoppelter Weight Decay)</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>How each network&apos;s weights follow their gradients. Adam suits most models.</source>
        <translation>Wie die Gewichte jedes Netzes ihren Gradienten folgen. Adam passt zu den meisten Modellen.</translation>
    </message>
    <message>
        <source>How large each update is. Too large and training becomes unstable or NaN; too small and it learns slowly.</source>
        <translation>Wie groß jedes Update ist. Zu groß, und das Training wird instabil oder NaN; zu klein, und es lernt langsam.</translation>
    </message>
    <message>
        <source>The discriminator&apos;s (critic&apos;s) own learning rate. Lower it when the discriminator wins too easily.</source>
        <translation>Die eigene Lernrate des Diskriminators (Critics). Senken Sie sie, wenn der Diskriminator zu leicht gewinnt.</translation>
    </message>
    <message>
        <source>Adam&apos;s smoothing of the gradients; 0.5 is usual for GANs, 0.9 otherwise.</source>
        <translation>Adams Glättung der Gradienten; 0,5 ist für GANs üblich, sonst 0,9.</translation>
    </message>
    <message>
        <source>Adam&apos;s smoothing of the squared gradients; 0.999 is usual.</source>
        <translation>Adams Glättung der quadrierten Gradienten; 0,999 ist üblich.</translation>
    </message>
    <message>
        <source>How much of the last update carries into the next (SGD, RMSprop); 0.9 is usual.</source>
        <translation>Wie viel vom letzten Update in das nächste übergeht (SGD, RMSprop); 0,9 ist üblich.</translation>
    </message>
    <message>
        <source>Pulls weights towards zero at each step; 0 is off.</source>
        <translation>Zieht die Gewichte bei jedem Schritt in Richtung null; 0 ist aus.</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimierer:</translation>
    </message>
    <message>
        <source>Generator learning rate:</source>
        <translation>Lernrate des Generators:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Discriminator learning rate:</source>
        <translation>Lernrate des Diskriminators:</translation>
    </message>
    <message>
        <source>Beta 1:</source>
        <translation>Beta 1:</translation>
    </message>
    <message>
        <source>Beta 2:</source>
        <translation>Beta 2:</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>Weight Decay:</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step: multiply by a factor every N steps</source>
        <translation>Stufen: alle N Schritte mit einem Faktor multiplizieren</translation>
    </message>
    <message>
        <source>Cosine: down to a minimum over the run</source>
        <translation>Kosinus: über den Lauf bis zu einem Minimum</translation>
    </message>
    <message>
        <source>How the learning rates change over the run.</source>
        <translation>Wie sich die Lernraten im Lauf ändern.</translation>
    </message>
    <message>
        <source>Every this many steps the learning rates are multiplied by the factor.</source>
        <translation>Alle so vielen Schritte werden die Lernraten mit dem Faktor multipliziert.</translation>
    </message>
    <message>
        <source>The factor, for example 0.5.</source>
        <translation>Der Faktor, zum Beispiel 0,5.</translation>
    </message>
    <message>
        <source>The share of the learning rate left at the end of the run.</source>
        <translation>Der Anteil der Lernrate, der am Ende des Laufs bleibt.</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Every (steps):</source>
        <translation>Alle (Schritte):</translation>
    </message>
    <message>
        <source>Factor:</source>
        <translation>Faktor:</translation>
    </message>
    <message>
        <source>Down to (share):</source>
        <translation>Bis auf (Anteil):</translation>
    </message>
    <message>
        <source>Moving average of the generator&apos;s weights</source>
        <translation>Gleitender Mittelwert der Generatorgewichte</translation>
    </message>
    <message>
        <source>Samples and evaluation use a slowly moving average of the generator&apos;s weights, which often gives steadier, better images.</source>
        <translation>Beispiele und Bewertung verwenden einen langsam gleitenden Mittelwert der Generatorgewichte, was oft ruhigere, bessere Bilder gibt.</translation>
    </message>
    <message>
        <source>How slowly the average moves: 0.999 keeps about the last thousand steps.</source>
        <translation>Wie langsam sich der Mittelwert bewegt: 0,999 behält etwa die letzten tausend Schritte.</translation>
    </message>
    <message>
        <source>Average decay:</source>
        <translation>Zerfall des Mittelwerts:</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Binary cross-entropy (non-saturating)</source>
        <translation>Binäre Kreuzentropie (nicht sättigend)</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <source>How the discriminator scores real and generated images. Hinge often trains more steadily.</source>
        <translation>Wie der Diskriminator echte und erzeugte Bilder bewertet. Hinge trainiert oft ruhiger.</translation>
    </message>
    <message>
        <source>Discriminator (critic) updates per generator update; WGAN-GP usually takes 5.</source>
        <translation>Updates des Diskriminators (Critics) pro Generator-Update; WGAN-GP nimmt meist 5.</translation>
    </message>
    <message>
        <source>Weight of WGAN-GP&apos;s gradient penalty; 10 is usual.</source>
        <translation>Gewicht des Gradient Penalty von WGAN-GP; 10 ist üblich.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>How a reconstruction is compared with its image.</source>
        <translation>Wie eine Rekonstruktion mit ihrem Bild verglichen wird.</translation>
    </message>
    <message>
        <source>Weight of the KL term (beta): higher gives a smoother latent space and blurrier images.</source>
        <translation>Gewicht des KL-Terms (Beta): höher gibt einen glatteren latenten Raum und unschärfere Bilder.</translation>
    </message>
    <message>
        <source>The KL weight grows from 0 to beta over these steps; 0 starts at beta.</source>
        <translation>Das KL-Gewicht wächst über diese Schritte von 0 auf Beta; 0 beginnt bei Beta.</translation>
    </message>
    <message>
        <source>Weight of the feature reconstruction in the decoder&apos;s loss.</source>
        <translation>Gewicht der Merkmalsrekonstruktion im Verlust des Decoders.</translation>
    </message>
    <message>
        <source>Weight of the L1 distance to the target image (lambda); 100 is usual.</source>
        <translation>Gewicht des L1-Abstands zum Zielbild (Lambda); 100 ist üblich.</translation>
    </message>
    <message>
        <source>Mask to image</source>
        <translation>Maske zu Bild</translation>
    </message>
    <message>
        <source>Image to mask</source>
        <translation>Bild zu Maske</translation>
    </message>
    <message>
        <source>Which of a pair is the input and which the target.</source>
        <translation>Was von einem Paar die Eingabe und was das Ziel ist.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>Focal (for rare classes)</source>
        <translation>Focal (für seltene Klassen)</translation>
    </message>
    <message>
        <source>Focal loss weighs the hard, often rare, examples more.</source>
        <translation>Focal Loss gewichtet die schwierigen, oft seltenen Beispiele stärker.</translation>
    </message>
    <message>
        <source>How strongly focal loss ignores easy examples; 2 is usual.</source>
        <translation>Wie stark Focal Loss leichte Beispiele übergeht; 2 ist üblich.</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Tversky</source>
        <translation>Tversky</translation>
    </message>
    <message>
        <source>Focal Tversky</source>
        <translation>Focal Tversky</translation>
    </message>
    <message>
        <source>Binary cross-entropy plus Dice</source>
        <translation>Binäre Kreuzentropie plus Dice</translation>
    </message>
    <message>
        <source>How a predicted mask is compared with the true one. Tversky weighs missed pixels against extra ones.</source>
        <translation>Wie eine vorhergesagte Maske mit der wahren verglichen wird. Tversky wägt übersehene Pixel gegen überzählige ab.</translation>
    </message>
    <message>
        <source>Tversky: weight of pixels marked but not in the mask (false positives).</source>
        <translation>Tversky: Gewicht markierter Pixel, die nicht in der Maske liegen (falsch positive).</translation>
    </message>
    <message>
        <source>Tversky: weight of mask pixels missed (false negatives).</source>
        <translation>Tversky: Gewicht übersehener Maskenpixel (falsch negative).</translation>
    </message>
    <message>
        <source>Focal Tversky: the loss is (1 - Tversky index) to the power 1/gamma.</source>
        <translation>Focal Tversky: Der Verlust ist (1 - Tversky-Index) hoch 1/Gamma.</translation>
    </message>
    <message>
        <source>Adversarial loss:</source>
        <translation>Adversarialer Verlust:</translation>
    </message>
    <message>
        <source>Critic steps:</source>
        <translation>Critic-Schritte:</translation>
    </message>
    <message>
        <source>Gradient penalty:</source>
        <translation>Gradient Penalty:</translation>
    </message>
    <message>
        <source>Reconstruction:</source>
        <translation>Rekonstruktion:</translation>
    </message>
    <message>
        <source>KL weight (beta):</source>
        <translation>KL-Gewicht (Beta):</translation>
    </message>
    <message>
        <source>KL warm-up (steps):</source>
        <translation>KL-Aufwärmen (Schritte):</translation>
    </message>
    <message>
        <source>Feature reconstruction weight:</source>
        <translation>Gewicht der Merkmalsrekonstruktion:</translation>
    </message>
    <message>
        <source>L1 weight:</source>
        <translation>L1-Gewicht:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Verlust:</translation>
    </message>
    <message>
        <source>Focal gamma:</source>
        <translation>Focal-Gamma:</translation>
    </message>
    <message>
        <source>Tversky alpha:</source>
        <translation>Tversky-Alpha:</translation>
    </message>
    <message>
        <source>Tversky beta:</source>
        <translation>Tversky-Beta:</translation>
    </message>
    <message>
        <source>Focal Tversky gamma:</source>
        <translation>Focal-Tversky-Gamma:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Write a checkpoint every this many steps, so that a crash or a NaN loss loses little. Checkpoints are also written on Pause and Stop.</source>
        <translation>Alle so vielen Schritte einen Checkpoint schreiben, damit ein Absturz oder ein NaN-Verlust wenig kostet. Checkpoints werden auch bei Pause und Stopp geschrieben.</translation>
    </message>
    <message>
        <source>Only on Pause and Stop</source>
        <translation>Nur bei Pause und Stopp</translation>
    </message>
    <message>
        <source>Measure FID and KID of fixed samples against the real images every this many steps. On the CPU the interval grows so that measuring takes at most a tenth of the time.</source>
        <translation>Alle so vielen Schritte FID und KID fester Beispiele gegen die echten Bilder messen. Auf der CPU wächst der Abstand, sodass das Messen höchstens ein Zehntel der Zeit kostet.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Built-in feature network</source>
        <translation>Eingebautes Merkmalsnetz</translation>
    </message>
    <message>
        <source>A TorchScript file...</source>
        <translation>Eine TorchScript-Datei...</translation>
    </message>
    <message>
        <source>The network whose features FID and KID compare. The built-in one is fixed and seeded; a TorchScript file (for example an Inception-v3 export) makes the numbers comparable with other tools. Charts name the features used.</source>
        <translation>Das Netz, dessen Merkmale FID und KID vergleichen. Das eingebaute ist fest und mit Seed erzeugt; eine TorchScript-Datei (zum Beispiel ein Inception-v3-Export) macht die Zahlen mit anderen Werkzeugen vergleichbar. Die Diagramme nennen die verwendeten Merkmale.</translation>
    </message>
    <message>
        <source>TorchScript file (.pt)</source>
        <translation>TorchScript-Datei (.pt)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Automatic: an NVIDIA GPU when there is one</source>
        <translation>Automatisch: eine NVIDIA-GPU, wenn vorhanden</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <source>Where the model trains. The Train page says which device a run uses and why.</source>
        <translation>Wo das Modell trainiert. Die Seite „Trainieren“ sagt, welches Gerät ein Lauf verwendet und warum.</translation>
    </message>
    <message>
        <source>32-bit floating point</source>
        <translation>32-Bit-Gleitkomma</translation>
    </message>
    <message>
        <source>bfloat16 on a GPU (faster)</source>
        <translation>bfloat16 auf einer GPU (schneller)</translation>
    </message>
    <message>
        <source>bfloat16 runs faster on recent NVIDIA GPUs; on the CPU the run uses 32-bit and says so.</source>
        <translation>bfloat16 läuft auf neueren NVIDIA-GPUs schneller; auf der CPU verwendet der Lauf 32 Bit und sagt das.</translation>
    </message>
    <message>
        <source>Checkpoint every (steps):</source>
        <translation>Checkpoint alle (Schritte):</translation>
    </message>
    <message>
        <source>FID/KID every (steps):</source>
        <translation>FID/KID alle (Schritte):</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <source>Restore the template&apos;s</source>
        <translation>Vorlage wiederherstellen</translation>
    </message>
    <message>
        <source>How the model trains. Only the settings its recipe uses are shown; the template&apos;s recommendations are a good start.</source>
        <translation>Wie das Modell trainiert. Es werden nur die Einstellungen gezeigt, die sein Rezept verwendet; die Empfehlungen der Vorlage sind ein guter Anfang.</translation>
    </message>
    <message>
        <source>Feature network (TorchScript)</source>
        <translation>Merkmalsnetz (TorchScript)</translation>
    </message>
    <message>
        <source>TorchScript files (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Dateien (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the TorchScript file of the feature network, or the built-in network.</source>
        <translation>Wählen Sie die TorchScript-Datei des Merkmalsnetzes oder das eingebaute Netz.</translation>
    </message>
</context>
<context>
    <name>medsynth::gui::TrainingWorker</name>
    <message>
        <source>The training stopped because of an unexpected internal error.</source>
        <translation>Das Training wurde wegen eines unerwarteten internen Fehlers beendet.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::BlockInspector</name>
    <message>
        <source>No block selected</source>
        <translation>Kein Block ausgewählt</translation>
    </message>
    <message>
        <source>Select a block in the network to see what it does and change its settings.</source>
        <translation>Wählen Sie einen Block im Netz aus, um zu sehen, was er tut, und seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. 100, 1, 1</source>
        <translation>z. B. 100, 1, 1</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, for example 100, 1, 1.</source>
        <translation>Schreiben Sie ganze Zahlen, durch Kommas getrennt, zum Beispiel 100, 1, 1.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::BlockPalette</name>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Blöcke suchen</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::DesignerMinimap</name>
    <message>
        <source>Overview of the whole network: click or drag to move the view.</source>
        <translation>Übersicht über das ganze Netz: Klicken oder ziehen, um die Ansicht zu verschieben.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::DesignerScene</name>
    <message>
        <source>There is no network to add the block to.</source>
        <translation>Es gibt kein Netz, dem der Block hinzugefügt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung trennen</numerusform>
            <numerusform>%n Verbindungen trennen</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no blocks to paste.</source>
        <translation>Die Zwischenablage enthält keine Blöcke zum Einfügen.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::DesignerView</name>
    <message>
        <source>Arrange blocks</source>
        <translation>Blöcke anordnen</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::GraphModel</name>
    <message>
        <source>The graph has no network number %1.</source>
        <translation>Der Graph hat kein Netz Nummer %1.</translation>
    </message>
    <message>
        <source>A block needs an id.</source>
        <translation>Ein Block braucht eine Kennung.</translation>
    </message>
    <message>
        <source>There is already a block named &apos;%1&apos;; every block needs its own id.</source>
        <translation>Es gibt bereits einen Block namens „%1“; jeder Block braucht seine eigene Kennung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known block type.</source>
        <translation>„%1“ ist kein bekannter Blocktyp.</translation>
    </message>
    <message>
        <source>The parameters of &apos;%1&apos; must be a JSON object.</source>
        <translation>Die Parameter von „%1“ müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>There is no block named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Block namens „%1“.</translation>
    </message>
    <message>
        <source>Block &apos;%1&apos; (%2) has no output &apos;%3&apos;.</source>
        <translation>Der Block „%1“ (%2) hat keinen Ausgang „%3“.</translation>
    </message>
    <message>
        <source>Block &apos;%1&apos; (%2) has no input &apos;%3&apos;.</source>
        <translation>Der Block „%1“ (%2) hat keinen Eingang „%3“.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; of block &apos;%2&apos; is already connected; an input takes one connection. Remove the existing connection first.</source>
        <translation>Der Eingang „%1“ des Blocks „%2“ ist bereits verbunden; ein Eingang nimmt nur eine Verbindung auf. Entfernen Sie zuerst die bestehende Verbindung.</translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a loop; data must flow one way.</source>
        <translation>„%1“ mit „%2“ zu verbinden, würde eine Schleife bilden; die Daten müssen in eine Richtung fließen.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; of block &apos;%2&apos; is not connected.</source>
        <translation>Der Eingang „%1“ des Blocks „%2“ ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Cannot paste: the clipboard does not hold MedSynth blocks.</source>
        <translation>Einfügen nicht möglich: Die Zwischenablage enthält keine MedSynth-Blöcke.</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot paste: the clipboard holds %n network(s); paste takes blocks from one network.</source>
        <translation>
            <numerusform>Einfügen nicht möglich: Die Zwischenablage enthält %n Netz; Einfügen nimmt Blöcke aus einem einzigen Netz.</numerusform>
            <numerusform>Einfügen nicht möglich: Die Zwischenablage enthält %n Netze; Einfügen nimmt Blöcke aus einem einzigen Netz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: the clipboard holds no blocks.</source>
        <translation>Einfügen nicht möglich: Die Zwischenablage enthält keine Blöcke.</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::HistogramChart</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::ImageViewer</name>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Frame %1 von %2</translation>
    </message>
    <message>
        <source>%1 x %2 px, zoom %3%</source>
        <translation>%1 x %2 px, Zoom %3%</translation>
    </message>
    <message>
        <source>Window width and level (centre), in the image&apos;s values. Drag with the right or middle mouse button to change them.</source>
        <translation>Fensterbreite und Zentrum (Level), in den Werten des Bildes. Zum Ändern mit der rechten oder mittleren Maustaste ziehen.</translation>
    </message>
    <message>
        <source>Window presets</source>
        <translation>Fenster-Voreinstellungen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the viewer (or double click the image)</source>
        <translation>Bild in den Betrachter einpassen (oder auf das Bild doppelklicken)</translation>
    </message>
    <message>
        <source>Frame or slice shown</source>
        <translation>Angezeigter Frame bzw. angezeigte Schicht</translation>
    </message>
    <message>
        <source>Select an image to view it.</source>
        <translation>Wählen Sie ein Bild aus, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>The file has no frames to show.</source>
        <translation>Die Datei enthält keine Frames zum Anzeigen.</translation>
    </message>
    <message>
        <source>Width %1, level %2</source>
        <translation>Breite %1, Zentrum %2</translation>
    </message>
    <message>
        <source>From the values</source>
        <translation>Aus den Werten</translation>
    </message>
    <message>
        <source>Percentiles 1 to 99</source>
        <translation>Perzentile 1 bis 99</translation>
    </message>
    <message>
        <source>Percentiles 0.5 to 99.5</source>
        <translation>Perzentile 0,5 bis 99,5</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Minimum bis Maximum</translation>
    </message>
    <message>
        <source> (MONOCHROME1: shown inverted)</source>
        <translation> (MONOCHROME1: invertiert angezeigt)</translation>
    </message>
    <message>
        <source>Right or middle drag: window (left/right) and level (up/down). Left drag: pan. Double click: fit.
Wheel, Up/Down, PageUp/PageDown: previous/next slice or frame (Home/End: first/last). Ctrl + wheel: zoom (the wheel alone for a single image).</source>
        <translation>Rechts- oder Mittelklick ziehen: Fenster (links/rechts) und Level (oben/unten). Linksklick ziehen: verschieben. Doppelklick: einpassen.
Mausrad, Auf/Ab, Bild auf/Bild ab: vorherige/nächste Schicht oder Bild (Pos1/Ende: erste/letzte). Strg + Mausrad: Zoom (bei einem Einzelbild das Mausrad allein).</translation>
    </message>
    <message>
        <source>VOI LUT of the file</source>
        <translation>VOI-LUT der Datei</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Schicht %1 von %2</translation>
    </message>
    <message>
        <source> (loading...)</source>
        <translation> (wird geladen...)</translation>
    </message>
    <message>
        <source>The file&apos;s VOI LUT: a table from values to shades of gray</source>
        <translation>Die VOI-LUT der Datei: eine Tabelle von Werten zu Grautönen</translation>
    </message>
    <message>
        <source>VOI LUT of the file (a drag changes to a window)</source>
        <translation>VOI-LUT der Datei (Ziehen wechselt zu einem Fenster)</translation>
    </message>
    <message>
        <source> (sigmoid, as the file asks)</source>
        <translation> (sigmoid, wie die Datei verlangt)</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::MetricChart</name>
    <message>
        <source>Training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Wheel: zoom. Drag: pan. Double-click: follow the run again. Right-click: log scale and export.</source>
        <translation>Mausrad: Zoom. Ziehen: verschieben. Doppelklick: wieder dem Lauf folgen. Rechtsklick: logarithmische Skala und Export.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose another folder.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export as PDF...</source>
        <translation>Als PDF exportieren...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export values as CSV...</source>
        <translation>Werte als CSV exportieren...</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::ProblemsList</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
</context>
<context>
    <name>medsynth::widgets::SampleHistory</name>
    <message>
        <source>Replay the samples of earlier steps; the right end follows the run.</source>
        <translation>Zeigt die Beispiele früherer Schritte erneut; das rechte Ende folgt dem Lauf.</translation>
    </message>
    <message>
        <source>Samples at step %1</source>
        <translation>Beispiele bei Schritt %1</translation>
    </message>
    <message>
        <source>Step %1 (live)</source>
        <translation>Schritt %1 (live)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
</TS>
