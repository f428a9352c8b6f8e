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
    <name>medsynth::gui::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The images a model learns from. Start with the demo dataset of synthetic brain MR slices, or open a folder of your own DICOM or PNG images.</source>
        <translation>Die Bilder, aus denen ein Modell lernt. Beginnen Sie mit dem Demo-Datensatz synthetischer Hirn-MRT-Schichten oder öffnen Sie einen Ordner mit eigenen DICOM- oder PNG-Bildern.</translation>
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
        <source>Show the images of a folder (DICOM, PNG, JPEG, TIFF or BMP; subfolders included).</source>
        <translation>Die Bilder eines Ordners anzeigen (DICOM, PNG, JPEG, TIFF oder BMP; Unterordner eingeschlossen).</translation>
    </message>
    <message>
        <source>Creating the demo dataset: %v of %m images</source>
        <translation>Demo-Datensatz wird erstellt: %v von %m Bildern</translation>
    </message>
    <message>
        <source>This version shows the images only. Tools for whole datasets (grouping DICOM series, labels from folders or a table, splits by patient) come in a later version.</source>
        <translation>Diese Version zeigt nur die Bilder. Werkzeuge für ganze Datensätze (DICOM-Serien gruppieren, Labels aus Ordnern oder einer Tabelle, Aufteilung nach Patient) folgen in einer späteren Version.</translation>
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
        <source>Counting...</source>
        <translation>Wird gezählt...</translation>
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
        <source>Turns a vector of random numbers into an image.</source>
        <translation>Macht aus einem Vektor von Zufallszahlen ein Bild.</translation>
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
        <source>Drag blocks from the palette onto the canvas and draw connections from an output to an input; Delete removes, Ctrl+Z undoes, F fits the view, Ctrl+S saves. Training an edited model comes in a later version: the Train page trains the template as it is.</source>
        <translation>Ziehen Sie Blöcke aus der Palette auf die Arbeitsfläche und ziehen Sie Verbindungen von einem Ausgang zu einem Eingang; Entf entfernt, Strg+Z macht rückgängig, F passt die Ansicht an, Strg+S speichert. Ein bearbeitetes Modell trainieren folgt in einer späteren Version: Die Seite Trainieren trainiert die Vorlage, wie sie ist.</translation>
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
        <source>%1 parameters (%2 MB as 32-bit numbers), %3 million multiply-adds per image</source>
        <translation>%1 Parameter (%2 MB als 32-Bit-Zahlen), %3 Millionen Multiplikationen-Additionen je Bild</translation>
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
</context>
<context>
    <name>medsynth::gui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Noch nicht verfügbar</translation>
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
        <source>Samples at step %1</source>
        <translation>Beispiele bei Schritt %1</translation>
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
    <name>medsynth::widgets::LossChart</name>
    <message>
        <source>Generator loss</source>
        <translation>Generatorverlust</translation>
    </message>
    <message>
        <source>Discriminator loss</source>
        <translation>Diskriminatorverlust</translation>
    </message>
    <message>
        <source>Generator loss (each step)</source>
        <translation>Generatorverlust (jeder Schritt)</translation>
    </message>
    <message>
        <source>Discriminator loss (each step)</source>
        <translation>Diskriminatorverlust (jeder Schritt)</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
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
</TS>
