#include "Privacy.h"

#include "medsynth/io/DatasetIndex.h"

namespace medsynth::io {

std::string MaskedValue::masked() const {
    // A fixed length, so that not even the length of a name shows.
    return value_.empty() ? std::string() : std::string("\u2022\u2022\u2022\u2022\u2022\u2022");
}

const std::vector<IdentifyingTag>& identifyingTags() {
    static const std::vector<IdentifyingTag> tags = {
        {{0x0002, 0x0003}, "MediaStorageSOPInstanceUID"},
        {{0x0008, 0x0012}, "InstanceCreationDate"},
        {{0x0008, 0x0013}, "InstanceCreationTime"},
        {{0x0008, 0x0014}, "InstanceCreatorUID"},
        {{0x0008, 0x0018}, "SOPInstanceUID"},
        {{0x0008, 0x0020}, "StudyDate"},
        {{0x0008, 0x0021}, "SeriesDate"},
        {{0x0008, 0x0022}, "AcquisitionDate"},
        {{0x0008, 0x0023}, "ContentDate"},
        {{0x0008, 0x002A}, "AcquisitionDateTime"},
        {{0x0008, 0x0030}, "StudyTime"},
        {{0x0008, 0x0031}, "SeriesTime"},
        {{0x0008, 0x0032}, "AcquisitionTime"},
        {{0x0008, 0x0033}, "ContentTime"},
        {{0x0008, 0x0050}, "AccessionNumber"},
        {{0x0008, 0x0080}, "InstitutionName"},
        {{0x0008, 0x0081}, "InstitutionAddress"},
        {{0x0008, 0x0090}, "ReferringPhysicianName"},
        {{0x0008, 0x0092}, "ReferringPhysicianAddress"},
        {{0x0008, 0x0094}, "ReferringPhysicianTelephoneNumbers"},
        {{0x0008, 0x1010}, "StationName"},
        {{0x0008, 0x1030}, "StudyDescription"},
        {{0x0008, 0x103E}, "SeriesDescription"},
        {{0x0008, 0x1040}, "InstitutionalDepartmentName"},
        {{0x0008, 0x1048}, "PhysiciansOfRecord"},
        {{0x0008, 0x1050}, "PerformingPhysicianName"},
        {{0x0008, 0x1060}, "NameOfPhysiciansReadingStudy"},
        {{0x0008, 0x1070}, "OperatorsName"},
        {{0x0008, 0x1080}, "AdmittingDiagnosesDescription"},
        {{0x0008, 0x2111}, "DerivationDescription"},
        {{0x0010, 0x0010}, "PatientName"},
        {{0x0010, 0x0020}, "PatientID"},
        {{0x0010, 0x0021}, "IssuerOfPatientID"},
        {{0x0010, 0x0030}, "PatientBirthDate"},
        {{0x0010, 0x0032}, "PatientBirthTime"},
        {{0x0010, 0x0040}, "PatientSex"},
        {{0x0010, 0x1000}, "OtherPatientIDs"},
        {{0x0010, 0x1001}, "OtherPatientNames"},
        {{0x0010, 0x1010}, "PatientAge"},
        {{0x0010, 0x1020}, "PatientSize"},
        {{0x0010, 0x1030}, "PatientWeight"},
        {{0x0010, 0x1040}, "PatientAddress"},
        {{0x0010, 0x1060}, "PatientMotherBirthName"},
        {{0x0010, 0x2154}, "PatientTelephoneNumbers"},
        {{0x0010, 0x2160}, "EthnicGroup"},
        {{0x0010, 0x21B0}, "AdditionalPatientHistory"},
        {{0x0010, 0x4000}, "PatientComments"},
        {{0x0018, 0x1000}, "DeviceSerialNumber"},
        {{0x0018, 0x1030}, "ProtocolName"},
        {{0x0020, 0x000D}, "StudyInstanceUID"},
        {{0x0020, 0x000E}, "SeriesInstanceUID"},
        {{0x0020, 0x0010}, "StudyID"},
        {{0x0020, 0x0052}, "FrameOfReferenceUID"},
        {{0x0020, 0x0200}, "SynchronizationFrameOfReferenceUID"},
        {{0x0020, 0x4000}, "ImageComments"},
        {{0x0032, 0x1032}, "RequestingPhysician"},
        {{0x0032, 0x1060}, "RequestedProcedureDescription"},
        {{0x0040, 0x0007}, "ScheduledProcedureStepDescription"},
        {{0x0040, 0x0253}, "PerformedProcedureStepID"},
        {{0x0040, 0x0254}, "PerformedProcedureStepDescription"},
        {{0x0040, 0xA124}, "UID"},
    };
    return tags;
}

}  // namespace medsynth::io
