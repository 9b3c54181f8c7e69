use super::*;

fn read(xml: &str) -> Plan {
    plan(xml.as_bytes(), "tjeneste").unwrap_or_else(|e| panic!("{e}"))
}

fn set<'p>(plan: &'p Plan, name: &str) -> &'p PlannedSet {
    plan.sets
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no set {name}: {:?}",
                plan.sets.iter().map(|s| &s.name).collect::<Vec<_>>()
            )
        })
}

fn field<'f>(fields: &'f [SchemaField], name: &str) -> &'f SchemaField {
    fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

/// A SOAP service for pupils, as a WSDL 1.1 with its message types.
const WSDL_ELEV: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions name="ElevTjeneste" targetNamespace="urn:kommune:elev"
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:kommune:elev">
  <wsdl:types>
    <xs:schema targetNamespace="urn:kommune:elev" elementFormDefault="qualified">
      <xs:simpleType name="Fødselsnummer">
        <xs:annotation><xs:documentation>Elleve siffer.</xs:documentation></xs:annotation>
        <xs:restriction base="xs:string">
          <xs:pattern value="[0-9]{11}"/>
          <xs:length value="11"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="Kjønn">
        <xs:restriction base="xs:string">
          <xs:enumeration value="K"/><xs:enumeration value="M"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:complexType name="Person">
        <xs:sequence>
          <xs:element name="fødselsnummer" type="tns:Fødselsnummer"/>
          <xs:element name="navn" type="xs:string"/>
        </xs:sequence>
      </xs:complexType>
      <xs:complexType name="Elev">
        <xs:annotation><xs:documentation>En elev i grunnskolen.</xs:documentation></xs:annotation>
        <xs:complexContent>
          <xs:extension base="tns:Person">
            <xs:sequence>
              <xs:element name="trinn">
                <xs:simpleType>
                  <xs:restriction base="xs:int">
                    <xs:minInclusive value="1"/><xs:maxInclusive value="10"/>
                  </xs:restriction>
                </xs:simpleType>
              </xs:element>
              <xs:element name="kjønn" type="tns:Kjønn" minOccurs="0"/>
              <xs:element name="født" type="xs:date" minOccurs="0"/>
              <xs:element name="foresatt" type="tns:Person" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="klasse" type="tns:Klasse" minOccurs="0"/>
              <xs:choice>
                <xs:element name="epost" type="xs:string"/>
                <xs:element name="telefon" type="xs:string"/>
              </xs:choice>
            </xs:sequence>
            <xs:attribute name="versjon" type="xs:positiveInteger" use="required"/>
          </xs:extension>
        </xs:complexContent>
      </xs:complexType>
      <xs:complexType name="Klasse">
        <xs:sequence>
          <xs:element name="kode" type="xs:string"/>
          <xs:element name="elever" type="tns:Elev" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:complexType>
      <xs:element name="HentElevRequest">
        <xs:complexType><xs:sequence>
          <xs:element name="fødselsnummer" type="tns:Fødselsnummer"/>
        </xs:sequence></xs:complexType>
      </xs:element>
      <xs:element name="HentElevResponse">
        <xs:complexType><xs:sequence>
          <xs:element name="elev" type="tns:Elev"/>
        </xs:sequence></xs:complexType>
      </xs:element>
    </xs:schema>
  </wsdl:types>
  <wsdl:message name="HentElevInn"><wsdl:part name="parameters" element="tns:HentElevRequest"/></wsdl:message>
  <wsdl:message name="HentElevUt"><wsdl:part name="parameters" element="tns:HentElevResponse"/></wsdl:message>
  <wsdl:portType name="ElevPort">
    <wsdl:operation name="HentElev">
      <wsdl:input message="tns:HentElevInn"/><wsdl:output message="tns:HentElevUt"/>
    </wsdl:operation>
  </wsdl:portType>
</wsdl:definitions>"#;

#[test]
fn a_soap_service_s_messages_become_sets_with_nested_types_limits_and_choices() {
    let plan = read(WSDL_ELEV);
    assert_eq!(plan.dialect, "WSDL 1.1");
    assert_eq!(plan.api, "urn:kommune:elev");
    let names: Vec<&str> = plan.sets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["HentElevRequest", "HentElevResponse"]);
    let request = set(&plan, "HentElevRequest");
    let fnr = field(&request.fields, "fødselsnummer");
    assert!(fnr.required);
    assert_eq!(fnr.constraints.pattern.as_deref(), Some("[0-9]{11}"));
    assert_eq!(
        (fnr.constraints.min_length, fnr.constraints.max_length),
        (Some(11), Some(11))
    );
    assert_eq!(fnr.description, "Elleve siffer.");

    let elev = field(&set(&plan, "HentElevResponse").fields, "elev");
    assert_eq!(elev.field_type, SchemaType::Object);
    assert_eq!(elev.description, "En elev i grunnskolen.");
    let names: Vec<&str> = elev.children.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "fødselsnummer",
            "navn",
            "trinn",
            "kjønn",
            "født",
            "foresatt",
            "klasse",
            "epost",
            "telefon",
            "versjon"
        ],
        "the base type's fields first"
    );
    let trinn = field(&elev.children, "trinn");
    assert_eq!(trinn.field_type, SchemaType::Integer);
    assert_eq!(
        (
            trinn.constraints.minimum.clone(),
            trinn.constraints.maximum.clone()
        ),
        (Some(1.into()), Some(10.into()))
    );
    let kjønn = field(&elev.children, "kjønn");
    assert_eq!(
        (kjønn.enum_values.as_slice(), kjønn.required),
        (["K".to_owned(), "M".to_owned()].as_slice(), false)
    );
    assert_eq!(field(&elev.children, "født").field_type, SchemaType::Date);
    let foresatt = field(&elev.children, "foresatt");
    assert_eq!(foresatt.field_type, SchemaType::Array);
    assert_eq!(foresatt.children[0].children.len(), 2, "a list of persons");
    assert!(
        !field(&elev.children, "epost").required,
        "a choice's alternatives are optional"
    );
    let versjon = field(&elev.children, "versjon");
    assert!(versjon.required, "use=required");
    assert_eq!(versjon.constraints.minimum, Some(1.into()));
    // Klasse holds Elev, which holds Klasse: recorded, not expanded.
    let klasse = field(&elev.children, "klasse");
    let inner = &field(&klasse.children, "elever").children[0];
    assert!(inner
        .children
        .iter()
        .all(|f| f.name != "klasse" || f.children.is_empty()));
    assert!(plan
        .simplified
        .iter()
        .any(|s| matches!(&s.why, Simplification::Cycle { target } if target == "Elev" || target == "Klasse")));
    for set in &plan.sets {
        let draft = crate::model::InformationSetDraft {
            name: set.name.clone(),
            fields: set.fields.clone(),
            ..Default::default()
        };
        assert_eq!(
            crate::validate::information_set_issues(&draft, None),
            vec![]
        );
    }
}

#[test]
fn an_xsd_s_top_level_elements_are_its_sets_and_refs_resolve() {
    let plan = read(
        r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
             <xs:element name="kommune">
               <xs:complexType>
                 <xs:sequence>
                   <xs:element name="nummer" type="xs:string"/>
                   <xs:element ref="fylke" minOccurs="0"/>
                 </xs:sequence>
                 <xs:attribute name="aktiv" type="xs:boolean"/>
               </xs:complexType>
             </xs:element>
             <xs:element name="fylke" type="xs:string"/>
           </xs:schema>"#,
    );
    assert_eq!(plan.dialect, "XSD");
    assert_eq!(
        plan.api, "tjeneste",
        "no target namespace: the file names it"
    );
    let kommune = set(&plan, "kommune");
    assert_eq!(kommune.origin, "element kommune");
    assert!(!field(&kommune.fields, "fylke").required);
    assert_eq!(
        field(&kommune.fields, "aktiv").field_type,
        SchemaType::Boolean
    );
    assert_eq!(
        set(&plan, "fylke").fields[0].name,
        "value",
        "a simple element: one value"
    );
}

#[test]
fn what_is_not_a_schema_is_refused_by_what_is_wrong() {
    let refused = |xml: &str| plan(xml.as_bytes(), "x").unwrap_err();
    assert!(matches!(refused("<a><b></a>"), XsdError::Syntax { .. }));
    assert!(matches!(refused("not xml"), XsdError::Syntax { .. }));
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
                  <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">&lol2;</xs:schema>"#;
    assert!(
        matches!(refused(bomb), XsdError::Syntax { .. }),
        "a DTD is refused, entities never expand"
    );
    assert_eq!(
        refused("<html/>"),
        XsdError::NotSchema {
            found: "html".into()
        }
    );
    assert_eq!(
        refused(r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>"#),
        XsdError::Empty
    );
    assert_eq!(
        refused(
            r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:o">
                 <xs:element name="a" type="o:Other"/></xs:schema>"#
        ),
        XsdError::UnknownType {
            at: "a/a".into(),
            name: "o:Other".into()
        }
    );
}

#[test]
fn a_group_that_refers_to_itself_and_nesting_thousands_deep_end_in_a_note_not_a_crash() {
    let looping = r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:group name="g"><xs:sequence>
            <xs:element name="a" type="xs:string"/><xs:group ref="g"/>
        </xs:sequence></xs:group>
        <xs:element name="rot"><xs:complexType><xs:group ref="g"/></xs:complexType></xs:element>
    </xs:schema>"#;
    let plan = read(looping);
    assert!(plan
        .simplified
        .iter()
        .any(|s| s.why == Simplification::TooDeep));
    let nested = |open: &str, close: &str, inner: &str| {
        format!("{}{inner}{}", open.repeat(5_000), close.repeat(5_000))
    };
    let sequences = format!(
        r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="rot">
           <xs:complexType>{}</xs:complexType></xs:element></xs:schema>"#,
        nested(
            "<xs:sequence>",
            "</xs:sequence>",
            r#"<xs:element name="a" type="xs:string"/>"#
        )
    );
    let simple_types = format!(
        r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="rot">
           <xs:complexType><xs:sequence><xs:element name="a"><xs:simpleType>{}</xs:simpleType>
           </xs:element></xs:sequence></xs:complexType></xs:element></xs:schema>"#,
        nested(
            "<xs:restriction><xs:simpleType>",
            "</xs:simpleType></xs:restriction>",
            r#"<xs:restriction base="xs:string"/>"#
        )
    );
    for deep in [sequences, simple_types] {
        let plan = read(&deep);
        assert!(plan
            .simplified
            .iter()
            .any(|s| s.why == Simplification::TooDeep));
    }
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// The service with bytes changed or cut short: a plan whose sets can be stored, or an
        /// error, never a panic.
        #[test]
        fn mutated_wsdl_is_read_or_refused_never_a_panic(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = WSDL_ELEV.as_bytes().to_vec();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            bytes.truncate(cut.index(bytes.len() + 1).max(bytes.len() / 2));
            if let Ok(plan) = plan(&bytes, "x") {
                for set in &plan.sets {
                    let draft = crate::model::InformationSetDraft {
                        name: set.name.clone(),
                        fields: set.fields.clone(),
                        ..Default::default()
                    };
                    prop_assert_eq!(crate::validate::information_set_issues(&draft, None), vec![]);
                }
            }
        }
    }
}
